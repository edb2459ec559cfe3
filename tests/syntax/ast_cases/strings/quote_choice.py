"only 'single' inside"
'only "double" inside'
"both ' and \" inside"
"backslash \\ and 'quote'"
'\'\'\''
"\"\"\""
