from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Item:
    name: str
    price: float = 0.0
    tags: list[str] = field(default_factory=list)

    def total(self, qty: int) -> float:
        return self.price * qty
