// Separate compilation: define COIL_SEPARATE_COMPILATION in every translation unit and include
// this file in exactly one of them; it compiles every definition of the library once.
#pragma once

#if !defined(COIL_SEPARATE_COMPILATION)
#error "Define COIL_SEPARATE_COMPILATION in every translation unit before including <coil/impl/src.hpp>"
#endif

#include <coil/coil.hpp>

#include <coil/impl/error.ipp>
#include <coil/impl/check.ipp>
#include <coil/syntax/impl/syntax_error.ipp>
#include <coil/syntax/impl/lexer_source.ipp>
#include <coil/syntax/impl/lexer_lines.ipp>
#include <coil/syntax/impl/lexer_names.ipp>
#include <coil/syntax/impl/lexer_numbers.ipp>
#include <coil/syntax/impl/lexer_strings.ipp>
#include <coil/syntax/impl/lexer.ipp>
#include <coil/syntax/impl/literals.ipp>
#include <coil/syntax/impl/unicode_normalization.ipp>
#include <coil/syntax/impl/parser_state.ipp>
#include <coil/syntax/impl/parse_statements.ipp>
#include <coil/syntax/impl/parse_compound_statements.ipp>
#include <coil/syntax/impl/parse_expressions.ipp>
#include <coil/syntax/impl/parse_atoms.ipp>
#include <coil/syntax/impl/parse_arguments.ipp>
#include <coil/syntax/impl/parse_fstrings.ipp>
#include <coil/syntax/impl/parse_targets.ipp>
#include <coil/syntax/impl/parse_patterns.ipp>
#include <coil/syntax/impl/parser.ipp>
#include <coil/syntax/impl/ast_dump.ipp>
#include <coil/compiler/impl/symbol_table_builder.ipp>
#include <coil/compiler/impl/placement_checks.ipp>
#include <coil/compiler/impl/future_statements.ipp>
#include <coil/compiler/impl/symbol_walk.ipp>
#include <coil/compiler/impl/scope_resolution.ipp>
#include <coil/compiler/impl/symbol_table.ipp>
#include <coil/runtime/impl/big_int_kernels.ipp>
#include <coil/runtime/impl/big_int.ipp>
#include <coil/runtime/impl/big_int_division.ipp>
#include <coil/runtime/impl/big_int_conversion.ipp>
#include <coil/vm/impl/interpreter.ipp>
#include <coil/runtime/impl/asyncio_condition_types.ipp>
#include <coil/vm/impl/lookup_errors.ipp>
#include <coil/runtime/text/impl/text_error.ipp>
#include <coil/runtime/text/impl/utf8.ipp>
#include <coil/runtime/text/impl/substring_search.ipp>
#include <coil/runtime/text/impl/str_search.ipp>
#include <coil/runtime/text/impl/str_split.ipp>
#include <coil/runtime/text/impl/str_case.ipp>
#include <coil/runtime/text/impl/str_predicates.ipp>
#include <coil/runtime/text/impl/str_pad.ipp>
#include <coil/runtime/text/impl/str_repr.ipp>
#include <coil/runtime/text/impl/str_slice.ipp>
#include <coil/runtime/text/impl/str_numeric.ipp>
#include <coil/runtime/formatting/impl/format_spec.ipp>
#include <coil/runtime/formatting/impl/float_text.ipp>
#include <coil/runtime/formatting/impl/format_value.ipp>
#include <coil/runtime/formatting/impl/printf_style.ipp>
#include <coil/runtime/formatting/impl/format_string.ipp>
#include <coil/compiler/impl/code_generator.ipp>
#include <coil/impl/value.ipp>
#include <coil/impl/program.ipp>
#include <coil/host/impl/value_conversion.ipp>
#include <coil/host/impl/host_exception.ipp>
#include <coil/host/impl/external_binding.ipp>
#include <coil/host/impl/call_policies.ipp>
#include <coil/impl/externals.ipp>
#include <coil/host/impl/execution.ipp>
#include <coil/impl/run.ipp>
#include <coil/modules/impl/json_text.ipp>
#include <coil/modules/impl/json_sort_keys.ipp>
#include <coil/modules/impl/json_decode_error.ipp>
#include <coil/modules/impl/json_encoder.ipp>
#include <coil/modules/impl/json_decoder.ipp>
#include <coil/modules/impl/json_module.ipp>
#include <coil/modules/impl/module_registry.ipp>
