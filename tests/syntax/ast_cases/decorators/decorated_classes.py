@dataclass
class A:
    x: int


@dataclass(order=True)
@total_ordering
class B:
    y: int = 0


@register("plugin")
class Plugin(Base, metaclass=Meta):
    pass
