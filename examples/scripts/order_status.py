"""Answer a customer's "where are my orders?" message: look up every open order, then the
shipment of each one that has shipped, all concurrently, and draft a reply.

Host functions:
    async def list_orders(customer_id: str, status: str) -> list[dict]
        {"id": str, "placed": str, "total": float, "items": list[str], "shipped": bool}
    async def track_shipment(order_id: str) -> dict
        {"carrier": str, "eta": str, "last_scan": str}
Inputs: customer_id (str), customer_name (str).
"""
import asyncio


def money(amount: float) -> str:
    return f"${amount:,.2f}"


def summarize_items(items: list[str], limit: int = 2) -> str:
    if len(items) <= limit:
        return " and ".join(items)
    shown = ", ".join(items[:limit])
    return f"{shown} and {len(items) - limit} more"


async def tracking_line(order: dict) -> str:
    if not order["shipped"]:
        return f"#{order['id']} ({summarize_items(order['items'])}) is being packed."
    info = await track_shipment(order["id"])
    return (f"#{order['id']} ({summarize_items(order['items'])}) is with {info['carrier']}, "
            f"expected {info['eta']} (last seen: {info['last_scan']}).")


async def main() -> str:
    orders = await list_orders(customer_id, status="open")
    if not orders:
        return f"Hi {customer_name}, you have no open orders right now."

    orders.sort(key=lambda o: o["placed"])
    lines = await asyncio.gather(*[tracking_line(o) for o in orders])
    total = sum(o["total"] for o in orders)
    shipped = sum(1 for o in orders if o["shipped"])

    reply = [f"Hi {customer_name}, here is where your {len(orders)} open order(s) stand:"]
    reply += [f"  - {line}" for line in lines]
    reply.append(f"{shipped} of {len(orders)} have shipped; together they come to {money(total)}.")
    return "\n".join(reply)


asyncio.run(main())
