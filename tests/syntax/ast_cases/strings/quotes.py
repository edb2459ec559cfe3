'single'
"double"
'it\'s'
"it's"
'say "hi"'
"say \"hi\""
'both \' and "'
"both ' and \""
''
""
