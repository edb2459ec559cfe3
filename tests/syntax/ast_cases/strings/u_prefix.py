u"unicode prefix"
U"upper"
u''
u'it\'s'
u"" "concatenated"
"plain" u"then u"
