f"{
    x
}"
f"{x +
   y}"
f"""{
    value
    !r
}"""
f'''line one
{x}
line three {y:>{
width}}'''
