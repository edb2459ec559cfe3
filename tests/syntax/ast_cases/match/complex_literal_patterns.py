match z:
    case 0j:
        pass
    case 1.5 - 0.5j:
        pass
    case -0 + 1j:
        pass
    case -3.0e2 - 1e-2j:
        pass
