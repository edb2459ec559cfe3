# Every place where a NAME becomes an identifier is NFKC-normalised; keywords and soft keywords
# are recognised on the text as written, so `ｉｆ` and `Ｎｏｎｅ` are plain names.
import ｍｏｄ.ｓｕｂ as ｍ, ｏｓ . ｐａｔｈ
from ｐｋｇ.ｍｏｄ import ｎａｍｅ as ａｌｉａｓ, ｏｔｈｅｒ
from ｐ import *


@ｄｅｃｏ.ｒａｔｏｒ(ｋ=1)
def ｆｕｎｃ(ｐｏｓ, /, ａｒｇ: ｉｎｔ = 1, *ａｒｇｓ, ｋｗ, **ｋｗａｒｇｓ) -> ｓｔｒ:
    global ｇ
    def ｉｎｎｅｒ():
        nonlocal ａｒｇ
        del ａｒｇ.ａｔｔｒ
    return ｆ(ｘ=1, *ａｒｇｓ, **ｋｗａｒｇｓ).ａｔｔｒ


class Ｃｌａｓｓ(ｂａｓｅ, ｍｅｔａｃｌａｓｓ=Ｍｅｔａ):
    ｆｉｅｌｄ: ｉｎｔ
    __ｐｒｉｖａｔｅ = 1


async def ａｆ():
    async with ａ as ｂ, ｃ as (ｄ, ｅ):
        await ａｗ
    async for ｉ in ｉｔ:
        pass


ｌ = lambda ｌａｍ, *, ｋ=2: ｌａｍ
try:
    pass
except ＥｒｒｏｒＴｙｐｅ as ｅｒｒ:
    pass
try:
    pass
except* Ｏｔｈｅｒ as ｇｒｏｕｐ:
    pass
match ｓｕｂｊｅｃｔ:
    case Ｐｏｉｎｔ(ｘ=ｘｘ, ｙ=0) | [ｆｉｒｓｔ, *ｒｅｓｔ] | {"k": ｖ, **ｒｅｍ} as ｗｈｏｌｅ:
        pass
    case ｍｏｄ.ＣＯＮＳＴ | ｍｏｄ.ｓｕｂ.Ｘ:
        pass
(ｗａｌｒｕｓ := [ｉ for ｉ in ｒａｎｇｅ(3) if ｉ])
type ＡＬｉａｓ[ＴＶ: ｉｎｔ, *ＴＳ, **ＰＳ] = ｌｉｓｔ[ＴＶ]
def ｇｅｎ[Ｔ](ｘ: Ｔ) -> Ｔ: ...
f"{ｖａｌｕｅ=} {ｏｂｊ.ａｔｔｒ!ｒ:>{ｗｉｄｔｈ}}"
ｉｆ = Ｎｏｎｅ + ℌ + µ + ﬁｌｅ + ｶﾞｷﾞ + ḍ̇ + ﾊﾝｸﾞﾙ + 한
for ｉ, ｊ in ｚｉｐ(ａ, ｂ):
    ｘ[ｉ] += ｊ
