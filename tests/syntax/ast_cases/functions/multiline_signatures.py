def configure(
    host: str,
    port: int = 8080,
    *,
    timeout: float = 30.0,
    retries: int = 3,
    **options,
) -> "Config":
    return Config(host, port, timeout=timeout, retries=retries, **options)
