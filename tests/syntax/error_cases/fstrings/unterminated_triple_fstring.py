f"""abc {x}

