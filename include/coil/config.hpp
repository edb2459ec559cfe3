// Every tunable of coil in one place: each is #ifndef-guarded so a build (or CMake option) can set
// it, with one documented line each. Stages include this file; nothing else defines COIL_ macros
// except the X-macro tables.
#pragma once

// Header-only by default. Define COIL_SEPARATE_COMPILATION everywhere and include
// <coil/impl/src.hpp> in exactly one translation unit to compile the implementation once.
#if defined(COIL_SEPARATE_COMPILATION)
#define COIL_DECL
#else
#define COIL_DECL inline
#endif

// Deepest nesting of brackets the lexer accepts (CPython's tokenizer stops at 200).
#ifndef COIL_MAX_BRACKET_DEPTH
#define COIL_MAX_BRACKET_DEPTH 200
#endif

// Deepest indentation the lexer accepts (CPython stops at 100 levels).
#ifndef COIL_MAX_INDENT_DEPTH
#define COIL_MAX_INDENT_DEPTH 100
#endif

// Deepest recursion of the parser's own functions (unary chains, nested lambdas, conditional
// expressions...): bounds C++ stack use on hostile input, with room for ASan's larger frames.
#ifndef COIL_MAX_PARSE_DEPTH
#define COIL_MAX_PARSE_DEPTH 1000
#endif

// Python frames a script may stack before RecursionError (limits::max_recursion_depth default).
#ifndef COIL_DEFAULT_MAX_RECURSION_DEPTH
#define COIL_DEFAULT_MAX_RECURSION_DEPTH 1000
#endif

// Nested native-to-Python calls (sorted's key, map, __eq__) allowed before RecursionError: each
// one runs a nested dispatch loop on the C++ stack, so this bounds C++ stack use.
#ifndef COIL_MAX_NATIVE_REENTRY_DEPTH
#define COIL_MAX_NATIVE_REENTRY_DEPTH 200
#endif

// Largest single allocation an operation may ask for (a str, a list's items, a big int's limbs),
// with or without a memory limit: a str or tuple records its size in 32 bits. Beyond it the
// operation fails with MemoryError before allocating, as it does in CPython when malloc fails.
#ifndef COIL_MAX_OBJECT_BYTES
#define COIL_MAX_OBJECT_BYTES 0xFFFF0000u
#endif

// Instructions between two checks of the time limit and the garbage collector at safe points.
#ifndef COIL_SAFE_POINT_INTERVAL
#define COIL_SAFE_POINT_INTERVAL 1024
#endif

// Use GCC's computed goto for the dispatch loop (faster than a switch). Clang rejects the
// indirect jumps over the loop's scoped locals, so it uses the switch.
#ifndef COIL_USE_COMPUTED_GOTO
#if defined(__GNUC__) && !defined(__clang__)
#define COIL_USE_COMPUTED_GOTO 1
#else
#define COIL_USE_COMPUTED_GOTO 0
#endif
#endif

// Small objects and buffers (up to 512 bytes) come from each heap's own size-class pools: cheap
// allocation and a collector that sweeps memory in address order. Off under AddressSanitizer,
// so that every allocation is a separate block it can check for misuse.
#ifndef COIL_HEAP_POOLS
#if defined(__SANITIZE_ADDRESS__)
#define COIL_HEAP_POOLS 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define COIL_HEAP_POOLS 0
#else
#define COIL_HEAP_POOLS 1
#endif
#else
#define COIL_HEAP_POOLS 1
#endif
#endif

// How long (ms) a run's event loop keeps running ready callbacks before it returns to its Asio
// driver, which lets other work on the executor run and delivers host results (CPython polls
// for I/O on every loop iteration; this is coil's coarser equivalent). It applies between task
// steps, not inside a long computation of one step.
#ifndef COIL_RUN_SLICE_MS
#define COIL_RUN_SLICE_MS 5
#endif
