async def guarded():
    try:
        await risky()
    except (TimeoutError, ConnectionError) as exc:
        await log(exc)
    finally:
        await cleanup()
    try:
        await many()
    except* ValueError:
        pass
