obj.match
obj.case
obj.type
obj._
x.print
x.exec
