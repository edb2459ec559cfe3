# Runs the `coil` program once and compares its exit code, stdout and stderr with expectations
# (cmake -P, so the CLI tests need nothing but CMake). Variables:
#   COIL, SUBCOMMAND, FILE, WORKING_DIRECTORY   what to run and where
#   EXPECT_EXIT                                 the exit code
#   EXPECT_STDOUT_LINE | EXPECT_STDOUT_FILE     stdout: one line, or a file's exact content (default: empty)
#   EXPECT_STDERR_FILE                          stderr: a file's exact content (default: empty)
#   ARGS                                        more arguments after FILE, space-separated
#   EXPECT_STDERR_LAST_LINE                     instead of EXPECT_STDERR_FILE: stderr is a traceback
#                                               whose last line matches this regular expression
#                                               (limit errors carry measured figures)
foreach(required IN ITEMS COIL SUBCOMMAND FILE WORKING_DIRECTORY EXPECT_EXIT)
  if(NOT DEFINED ${required})
    message(FATAL_ERROR "run_cli.cmake: ${required} is not set")
  endif()
endforeach()

separate_arguments(extra_arguments UNIX_COMMAND "${ARGS}")
execute_process(COMMAND ${COIL} ${SUBCOMMAND} ${FILE} ${extra_arguments}
                WORKING_DIRECTORY ${WORKING_DIRECTORY}
                RESULT_VARIABLE exit_code OUTPUT_VARIABLE stdout ERROR_VARIABLE stderr)

set(expected_stdout "")
if(DEFINED EXPECT_STDOUT_LINE)
  set(expected_stdout "${EXPECT_STDOUT_LINE}\n")
elseif(DEFINED EXPECT_STDOUT_FILE)
  file(READ ${EXPECT_STDOUT_FILE} expected_stdout)
endif()
set(expected_stderr "")
if(DEFINED EXPECT_STDERR_FILE)
  file(READ ${EXPECT_STDERR_FILE} expected_stderr)
endif()

set(failures "")
if(NOT exit_code STREQUAL EXPECT_EXIT)
  string(APPEND failures "exit code ${exit_code}, expected ${EXPECT_EXIT}\n")
endif()
if(NOT stdout STREQUAL expected_stdout)
  string(APPEND failures "stdout differs.\n--- expected stdout:\n${expected_stdout}\n--- actual stdout:\n${stdout}\n")
endif()
if(DEFINED EXPECT_STDERR_LAST_LINE)
  string(STRIP "${stderr}" stripped_stderr)
  string(REGEX REPLACE "^.*\n" "" last_line "${stripped_stderr}")
  if(NOT stderr MATCHES "^Traceback [(]most recent call last[)]:\n" OR NOT last_line MATCHES "^${EXPECT_STDERR_LAST_LINE}$")
    string(APPEND failures "stderr is not a traceback ending in a line that matches ${EXPECT_STDERR_LAST_LINE}:\n${stderr}\n")
  endif()
elseif(NOT stderr STREQUAL expected_stderr)
  string(APPEND failures "stderr differs.\n--- expected stderr:\n${expected_stderr}\n--- actual stderr:\n${stderr}\n")
endif()
if(failures)
  message(FATAL_ERROR "`coil ${SUBCOMMAND} ${FILE}` in ${WORKING_DIRECTORY}:\n${failures}")
endif()
