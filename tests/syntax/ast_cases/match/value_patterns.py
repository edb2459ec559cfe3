match color:
    case Color.RED:
        pass
    case mod.sub.VALUE:
        pass
    case self.expected:
        pass
