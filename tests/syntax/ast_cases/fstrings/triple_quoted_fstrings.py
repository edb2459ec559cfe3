f"""simple {x}"""
f'''single {y}'''
f"""multi
line {x}
text"""
f"""quotes ' " inside {x}"""
f"""{x:
>10}"""
