def copy(src_path, dst_path):
    with open(src_path, "rb") as src, open(dst_path, "wb") as dst:
        while chunk := src.read(65536):
            dst.write(chunk)
    return dst_path
