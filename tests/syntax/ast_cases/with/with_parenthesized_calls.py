with (
    patch("a.b") as mock_b,
    patch("a.c", return_value=1) as mock_c,
    patch.object(obj, "attr"),
):
    run()
