// Unit tests for the parser (syntax/parser.hpp): tree shapes, spans, expression contexts, the
// errors and their positions, ownership of the source text, and the nesting limit. Every expected
// tree and error below was produced by CPython 3.12.1 (ast.dump / compile), never written by hand.
#include <coil/syntax/ast_dump.hpp>
#include <coil/syntax/parser.hpp>

#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <string_view>

namespace {

using coil::syntax::parse_module;

struct tree_case {
  std::string_view source;
  std::string_view dump;
};

struct error_case {
  std::string_view source;
  std::string_view type;
  std::string_view message;
  int line, column, end_line, end_column;
};

std::string repeat(std::string_view piece, std::size_t times) {
  std::string out;
  out.reserve(piece.size() * times);
  for (std::size_t i = 0; i < times; ++i) out += piece;
  return out;
}

void check_span(const coil::syntax::source_span& got, int line, int column, int end_line, int end_column) {
  CHECK(got.line == line);
  CHECK(got.column == column);
  CHECK(got.end_line == end_line);
  CHECK(got.end_column == end_column);
}

}  // namespace

TEST_CASE("the parser builds the trees CPython 3.12 builds", "[parser]") {
  static constexpr tree_case cases[] = {
    {"x = 1\n",
     "Module(body=[Assign(targets=[Name(id='x', ctx=Store())], value=Constant(value=1))], type_ignores=[])"},
    {"a = b = c\n",
     "Module(body=[Assign(targets=[Name(id='a', ctx=Store()), Name(id='b', ctx=Store())], value=Name(id='c', ctx=Load()))], type_ignores=[])"},
    {"x: int = 5\n(y): int\na.b: str\n",
     "Module(body=[AnnAssign(target=Name(id='x', ctx=Store()), annotation=Name(id='int', ctx=Load()), value=Constant(value=5), simple=1), AnnAssign(target=Name(id='y', ctx=Store()), annotation=Name(id='int', ctx=Load()), simple=0), AnnAssign(target=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Store()), annotation=Name(id='str', ctx=Load()), simple=0)], type_ignores=[])"},
    {"x += 1\nx[0] **= 2\n",
     "Module(body=[AugAssign(target=Name(id='x', ctx=Store()), op=Add(), value=Constant(value=1)), AugAssign(target=Subscript(value=Name(id='x', ctx=Load()), slice=Constant(value=0), ctx=Store()), op=Pow(), value=Constant(value=2))], type_ignores=[])"},
    {"a, *b = c\n[d, (e, f)] = g\n",
     "Module(body=[Assign(targets=[Tuple(elts=[Name(id='a', ctx=Store()), Starred(value=Name(id='b', ctx=Store()), ctx=Store())], ctx=Store())], value=Name(id='c', ctx=Load())), Assign(targets=[List(elts=[Name(id='d', ctx=Store()), Tuple(elts=[Name(id='e', ctx=Store()), Name(id='f', ctx=Store())], ctx=Store())], ctx=Store())], value=Name(id='g', ctx=Load()))], type_ignores=[])"},
    {"del a, b[0], (c, d)\n",
     "Module(body=[Delete(targets=[Name(id='a', ctx=Del()), Subscript(value=Name(id='b', ctx=Load()), slice=Constant(value=0), ctx=Del()), Tuple(elts=[Name(id='c', ctx=Del()), Name(id='d', ctx=Del())], ctx=Del())])], type_ignores=[])"},
    {"f(a, *b, c=1, **d)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='a', ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], keywords=[keyword(arg='c', value=Constant(value=1)), keyword(value=Name(id='d', ctx=Load()))]))], type_ignores=[])"},
    {"f(x for x in y)\n",
     "Module(body=[Expr(value=Call(func=Name(id='f', ctx=Load()), args=[GeneratorExp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[], is_async=0)])], keywords=[]))], type_ignores=[])"},
    {"a < b <= c != d\nx not in y\nx is not None\n",
     "Module(body=[Expr(value=Compare(left=Name(id='a', ctx=Load()), ops=[Lt(), LtE(), NotEq()], comparators=[Name(id='b', ctx=Load()), Name(id='c', ctx=Load()), Name(id='d', ctx=Load())])), Expr(value=Compare(left=Name(id='x', ctx=Load()), ops=[NotIn()], comparators=[Name(id='y', ctx=Load())])), Expr(value=Compare(left=Name(id='x', ctx=Load()), ops=[IsNot()], comparators=[Constant(value=None)]))], type_ignores=[])"},
    {"-x ** -y\nnot a and b or c\n",
     "Module(body=[Expr(value=UnaryOp(op=USub(), operand=BinOp(left=Name(id='x', ctx=Load()), op=Pow(), right=UnaryOp(op=USub(), operand=Name(id='y', ctx=Load()))))), Expr(value=BoolOp(op=Or(), values=[BoolOp(op=And(), values=[UnaryOp(op=Not(), operand=Name(id='a', ctx=Load())), Name(id='b', ctx=Load())]), Name(id='c', ctx=Load())]))], type_ignores=[])"},
    {"a if b else c\nlambda x, /, y=1, *z, w, **k: 0\n",
     "Module(body=[Expr(value=IfExp(test=Name(id='b', ctx=Load()), body=Name(id='a', ctx=Load()), orelse=Name(id='c', ctx=Load()))), Expr(value=Lambda(args=arguments(posonlyargs=[arg(arg='x')], args=[arg(arg='y')], vararg=arg(arg='z'), kwonlyargs=[arg(arg='w')], kw_defaults=[None], kwarg=arg(arg='k'), defaults=[Constant(value=1)]), body=Constant(value=0)))], type_ignores=[])"},
    {"(x := 10)\n[y := f(x), y ** 2]\n",
     "Module(body=[Expr(value=NamedExpr(target=Name(id='x', ctx=Store()), value=Constant(value=10))), Expr(value=List(elts=[NamedExpr(target=Name(id='y', ctx=Store()), value=Call(func=Name(id='f', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), BinOp(left=Name(id='y', ctx=Load()), op=Pow(), right=Constant(value=2))], ctx=Load()))], type_ignores=[])"},
    {"x[1:2, ::3, *a]\nx[*a]\n",
     "Module(body=[Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Slice(lower=Constant(value=1), upper=Constant(value=2)), Slice(step=Constant(value=3)), Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load())), Expr(value=Subscript(value=Name(id='x', ctx=Load()), slice=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"[x for x in y if x for z in x]\n{k: v async for k, v in m}\n{*a, *b}\n{**a, \"b\": 1}\n",
     "Module(body=[Expr(value=ListComp(elt=Name(id='x', ctx=Load()), generators=[comprehension(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), ifs=[Name(id='x', ctx=Load())], is_async=0), comprehension(target=Name(id='z', ctx=Store()), iter=Name(id='x', ctx=Load()), ifs=[], is_async=0)])), Expr(value=DictComp(key=Name(id='k', ctx=Load()), value=Name(id='v', ctx=Load()), generators=[comprehension(target=Tuple(elts=[Name(id='k', ctx=Store()), Name(id='v', ctx=Store())], ctx=Store()), iter=Name(id='m', ctx=Load()), ifs=[], is_async=1)])), Expr(value=Set(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())])), Expr(value=Dict(keys=[None, Constant(value='b')], values=[Name(id='a', ctx=Load()), Constant(value=1)]))], type_ignores=[])"},
    {"f\"a{b!r:>{c}}d\" \"e\"\nf\"{x=}\"\nf\"{x = !s}\"\nb\"a\" b\"b\"\nu\"a\" \"b\"\n",
     "Module(body=[Expr(value=JoinedStr(values=[Constant(value='a'), FormattedValue(value=Name(id='b', ctx=Load()), conversion=114, format_spec=JoinedStr(values=[Constant(value='>'), FormattedValue(value=Name(id='c', ctx=Load()), conversion=-1), Constant(value='')])), Constant(value='de')])), Expr(value=JoinedStr(values=[Constant(value='x='), FormattedValue(value=Name(id='x', ctx=Load()), conversion=114)])), Expr(value=JoinedStr(values=[Constant(value='x = '), FormattedValue(value=Name(id='x', ctx=Load()), conversion=115)])), Expr(value=Constant(value=b'ab')), Expr(value=Constant(value='ab', kind='u'))], type_ignores=[])"},
    {"def f[T: int, *Ts, **P](a: T, *args: *Ts) -> None:\n    return\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[], args=[arg(arg='a', annotation=Name(id='T', ctx=Load()))], vararg=arg(arg='args', annotation=Starred(value=Name(id='Ts', ctx=Load()), ctx=Load())), kwonlyargs=[], kw_defaults=[], defaults=[]), body=[Return()], decorator_list=[], returns=Constant(value=None), type_params=[TypeVar(name='T', bound=Name(id='int', ctx=Load())), TypeVarTuple(name='Ts'), ParamSpec(name='P')])], type_ignores=[])"},
    {"class C[T](B, metaclass=M):\n    pass\n",
     "Module(body=[ClassDef(name='C', bases=[Name(id='B', ctx=Load())], keywords=[keyword(arg='metaclass', value=Name(id='M', ctx=Load()))], body=[Pass()], decorator_list=[], type_params=[TypeVar(name='T')])], type_ignores=[])"},
    {"type X[T] = list[T]\n",
     "Module(body=[TypeAlias(name=Name(id='X', ctx=Store()), type_params=[TypeVar(name='T')], value=Subscript(value=Name(id='list', ctx=Load()), slice=Name(id='T', ctx=Load()), ctx=Load()))], type_ignores=[])"},
    {"@d\nasync def f():\n    async with a as b, c:\n        async for x in y:\n            await z\n",
     "Module(body=[AsyncFunctionDef(name='f', args=arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[]), body=[AsyncWith(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()))], body=[AsyncFor(target=Name(id='x', ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Expr(value=Await(value=Name(id='z', ctx=Load())))], orelse=[])])], decorator_list=[Name(id='d', ctx=Load())], type_params=[])], type_ignores=[])"},
    {"with (a as b, c as d,):\n    pass\nwith (a, b) as c:\n    pass\n",
     "Module(body=[With(items=[withitem(context_expr=Name(id='a', ctx=Load()), optional_vars=Name(id='b', ctx=Store())), withitem(context_expr=Name(id='c', ctx=Load()), optional_vars=Name(id='d', ctx=Store()))], body=[Pass()]), With(items=[withitem(context_expr=Tuple(elts=[Name(id='a', ctx=Load()), Name(id='b', ctx=Load())], ctx=Load()), optional_vars=Name(id='c', ctx=Store()))], body=[Pass()])], type_ignores=[])"},
    {"try:\n    pass\nexcept* (A, B) as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
     "Module(body=[TryStar(body=[Pass()], handlers=[ExceptHandler(type=Tuple(elts=[Name(id='A', ctx=Load()), Name(id='B', ctx=Load())], ctx=Load()), name='e', body=[Pass()])], orelse=[Pass()], finalbody=[Pass()])], type_ignores=[])"},
    {"if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\nwhile x:\n    break\nelse:\n    continue\n",
     "Module(body=[If(test=Name(id='a', ctx=Load()), body=[Pass()], orelse=[If(test=Name(id='b', ctx=Load()), body=[Pass()], orelse=[Pass()])]), While(test=Name(id='x', ctx=Load()), body=[Break()], orelse=[Continue()])], type_ignores=[])"},
    {"for x, in y:\n    pass\nelse:\n    pass\n",
     "Module(body=[For(target=Tuple(elts=[Name(id='x', ctx=Store())], ctx=Store()), iter=Name(id='y', ctx=Load()), body=[Pass()], orelse=[Pass()])], type_ignores=[])"},
    {"import a.b.c as d, e\nfrom f.g import (h, i as j,)\nfrom k import *\n",
     "Module(body=[Import(names=[alias(name='a.b.c', asname='d'), alias(name='e')]), ImportFrom(module='f.g', names=[alias(name='h'), alias(name='i', asname='j')], level=0), ImportFrom(module='k', names=[alias(name='*')], level=0)], type_ignores=[])"},
    {"global a, b\nnonlocal c\nassert x, y\nraise E from F\nraise\n",
     "Module(body=[Global(names=['a', 'b']), Nonlocal(names=['c']), Assert(test=Name(id='x', ctx=Load()), msg=Name(id='y', ctx=Load())), Raise(exc=Name(id='E', ctx=Load()), cause=Name(id='F', ctx=Load())), Raise()], type_ignores=[])"},
    {"match p:\n    case 1 | -2 | 3+4j | \"s\" | None:\n        pass\n    case [a, *rest] | (b, *_):\n        pass\n    case {\"k\": v, **kw}:\n        pass\n    case Point(x, y=0) as pt if pt:\n        pass\n    case a.b.c:\n        pass\n    case _:\n        pass\n",
     "Module(body=[Match(subject=Name(id='p', ctx=Load()), cases=[match_case(pattern=MatchOr(patterns=[MatchValue(value=Constant(value=1)), MatchValue(value=UnaryOp(op=USub(), operand=Constant(value=2))), MatchValue(value=BinOp(left=Constant(value=3), op=Add(), right=Constant(value=4j))), MatchValue(value=Constant(value='s')), MatchSingleton(value=None)]), body=[Pass()]), match_case(pattern=MatchOr(patterns=[MatchSequence(patterns=[MatchAs(name='a'), MatchStar(name='rest')]), MatchSequence(patterns=[MatchAs(name='b'), MatchStar()])]), body=[Pass()]), match_case(pattern=MatchMapping(keys=[Constant(value='k')], patterns=[MatchAs(name='v')], rest='kw'), body=[Pass()]), match_case(pattern=MatchAs(pattern=MatchClass(cls=Name(id='Point', ctx=Load()), patterns=[MatchAs(name='x')], kwd_attrs=['y'], kwd_patterns=[MatchValue(value=Constant(value=0))]), name='pt'), guard=Name(id='pt', ctx=Load()), body=[Pass()]), match_case(pattern=MatchValue(value=Attribute(value=Attribute(value=Name(id='a', ctx=Load()), attr='b', ctx=Load()), attr='c', ctx=Load())), body=[Pass()]), match_case(pattern=MatchAs(), body=[Pass()])])], type_ignores=[])"},
    {"match = 1\ncase = match\ntype = case\n_ = type\nmatch(x)\nprint(match, case, type, _)\n",
     "Module(body=[Assign(targets=[Name(id='match', ctx=Store())], value=Constant(value=1)), Assign(targets=[Name(id='case', ctx=Store())], value=Name(id='match', ctx=Load())), Assign(targets=[Name(id='type', ctx=Store())], value=Name(id='case', ctx=Load())), Assign(targets=[Name(id='_', ctx=Store())], value=Name(id='type', ctx=Load())), Expr(value=Call(func=Name(id='match', ctx=Load()), args=[Name(id='x', ctx=Load())], keywords=[])), Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Name(id='match', ctx=Load()), Name(id='case', ctx=Load()), Name(id='type', ctx=Load()), Name(id='_', ctx=Load())], keywords=[]))], type_ignores=[])"},
    {"yield\nx = yield y\nz = yield from w\nawait q\n",
     "Module(body=[Expr(value=Yield()), Assign(targets=[Name(id='x', ctx=Store())], value=Yield(value=Name(id='y', ctx=Load()))), Assign(targets=[Name(id='z', ctx=Store())], value=YieldFrom(value=Name(id='w', ctx=Load()))), Expr(value=Await(value=Name(id='q', ctx=Load())))], type_ignores=[])"},
    {"...\nTrue, False, None\n0x1F, 0o17, 0b101, 1_000, 1.5e3, 2j\n",
     "Module(body=[Expr(value=Constant(value=Ellipsis)), Expr(value=Tuple(elts=[Constant(value=True), Constant(value=False), Constant(value=None)], ctx=Load())), Expr(value=Tuple(elts=[Constant(value=31), Constant(value=15), Constant(value=5), Constant(value=1000), Constant(value=1500.0), Constant(value=2j)], ctx=Load()))], type_ignores=[])"},
    {"def f(a, b=1, /, c=2, *, d, e=3):\n    pass\n",
     "Module(body=[FunctionDef(name='f', args=arguments(posonlyargs=[arg(arg='a'), arg(arg='b')], args=[arg(arg='c')], kwonlyargs=[arg(arg='d'), arg(arg='e')], kw_defaults=[None, Constant(value=3)], defaults=[Constant(value=1), Constant(value=2)]), body=[Pass()], decorator_list=[], type_params=[])], type_ignores=[])"},
    {"print(*a, sep=\"\")\nx = *a, *b\n",
     "Module(body=[Expr(value=Call(func=Name(id='print', ctx=Load()), args=[Starred(value=Name(id='a', ctx=Load()), ctx=Load())], keywords=[keyword(arg='sep', value=Constant(value=''))])), Assign(targets=[Name(id='x', ctx=Store())], value=Tuple(elts=[Starred(value=Name(id='a', ctx=Load()), ctx=Load()), Starred(value=Name(id='b', ctx=Load()), ctx=Load())], ctx=Load()))], type_ignores=[])"},
  };
  for (const auto& c : cases) {
    INFO(c.source);
    auto tree = parse_module(c.source);
    REQUIRE(tree.has_value());
    CHECK(coil::syntax::dump(*tree) == c.dump);
  }
}

TEST_CASE("the parser reports CPython 3.12's error, type and position", "[parser]") {
  static constexpr error_case cases[] = {
    {"x = (1 +\n", "SyntaxError", "'(' was never closed", 1, 5, 1, 0},
    {"f() = 1\n", "SyntaxError", "cannot assign to function call here. Maybe you meant '==' instead of '='?", 1, 1, 1, 4},
    {"x = 1\n    y = 2\n", "IndentationError", "unexpected indent", 2, 4, 2, -1},
    {"if x:\npass\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 2, 1, 2, 5},
    {"if x:\n", "IndentationError", "expected an indented block after 'if' statement on line 1", 1, 6, 1, -1},
    {"for x in y\n    pass\n", "SyntaxError", "expected ':'", 1, 11, 1, 12},
    {"f(a=1, b)\n", "SyntaxError", "positional argument follows keyword argument", 1, 9, 1, 10},
    {"def f(a=1, b): pass\n", "SyntaxError", "parameter without a default follows parameter with a default", 1, 12, 1, 13},
    {"def f(*, **k): pass\n", "SyntaxError", "named arguments must follow bare *", 1, 7, 1, 8},
    {"if x = 1: pass\n", "SyntaxError", "invalid syntax. Maybe you meant '==' or ':=' instead of '='?", 1, 4, 1, 9},
    {"x = [1 2]\n", "SyntaxError", "invalid syntax. Perhaps you forgot a comma?", 1, 6, 1, 9},
    {"print \"x\"\n", "SyntaxError", "Missing parentheses in call to 'print'. Did you mean print(...)?", 1, 1, 1, 10},
    {"1 = x\n", "SyntaxError", "cannot assign to literal here. Maybe you meant '==' instead of '='?", 1, 1, 1, 2},
    {"None = 1\n", "SyntaxError", "cannot assign to None", 1, 1, 1, 5},
    {"a + 1 = 2\n", "SyntaxError", "cannot assign to expression here. Maybe you meant '==' instead of '='?", 1, 1, 1, 6},
    {"del f()\n", "SyntaxError", "cannot delete function call", 1, 5, 1, 8},
    {"(a, b) += 1\n", "SyntaxError", "'tuple' is an illegal expression for augmented assignment", 1, 1, 1, 7},
    {"[a]: int\n", "SyntaxError", "only single target (not list) can be annotated", 1, 1, 1, 4},
    {"x = 1 if 2\n", "SyntaxError", "expected 'else' after 'if' expression", 1, 5, 1, 11},
    {"f(x for x in y, z)\n", "SyntaxError", "Generator expression must be parenthesized", 1, 3, 1, 15},
    {"x = {a:}\n", "SyntaxError", "expression expected after dictionary key and ':'", 1, 7, 1, 8},
    {"x = (*a)\n", "SyntaxError", "cannot use starred expression here", 1, 6, 1, 8},
    {"[*a for a in b]\n", "SyntaxError", "iterable unpacking cannot be used in comprehension", 1, 2, 1, 4},
    {"a b c\n", "SyntaxError", "invalid syntax", 1, 3, 1, 4},
    {"try:\n    pass\nx = 1\n", "SyntaxError", "expected 'except' or 'finally' block", 3, 1, 3, 2},
    {"f\"{}\"\n", "SyntaxError", "f-string: valid expression required before '}'", 1, 4, 1, 5},
    {"f\"{a!x}\"\n", "SyntaxError", "f-string: invalid conversion character 'x': expected 's', 'r', or 'a'", 1, 6, 1, 7},
    {"b\"a\" \"b\"\n", "SyntaxError", "cannot mix bytes and nonbytes literals", 1, 9, 1, 10},
    {"lambda *: 1\n", "SyntaxError", "named arguments must follow bare *", 1, 9, 1, 10},
    {"def f(/, a): pass\n", "SyntaxError", "at least one argument must precede /", 1, 7, 1, 8},
    {"match x:\n    case a as _:\n        pass\n", "SyntaxError", "cannot use '_' as a target", 2, 15, 2, 16},
    {"x = -\n", "SyntaxError", "invalid syntax", 1, 6, 1, 7},
    {"@dec\n", "SyntaxError", "invalid syntax", 1, 0, 1, 0},
    {"class A\n", "SyntaxError", "expected ':'", 1, 8, 1, 9},
    {"with a as b\n    pass\n", "SyntaxError", "expected ':'", 1, 12, 1, 13},
    {"try:\n    pass\nexcept:\n    pass\nexcept* E:\n    pass\n", "SyntaxError", "cannot have both 'except' and 'except*' on the same 'try'", 5, 1, 5, 8},
    {"f(**x, *y)\n", "SyntaxError", "iterable argument unpacking follows keyword argument unpacking", 1, 8, 1, 9},
    {"x = 1\ny = (\n", "SyntaxError", "'(' was never closed", 2, 5, 2, 0},
    {"a = 1 +\nb = \"unterminated\n", "SyntaxError", "unterminated string literal (detected at line 2)", 2, 5, 2, 5},
  };
  for (const auto& c : cases) {
    INFO(c.source);
    auto tree = parse_module(c.source);
    REQUIRE_FALSE(tree.has_value());
    const auto& e = tree.error();
    CHECK(e.type == c.type);
    CHECK(e.message == c.message);
    CHECK(e.line == c.line);
    CHECK(e.column == c.column);
    CHECK(e.end_line == c.end_line);
    CHECK(e.end_column == c.end_column);
  }
}

TEST_CASE("an error carries the text of its line", "[parser]") {
  auto tree = parse_module("x = 1\nif y = 2:\n    pass\n");
  REQUIRE_FALSE(tree.has_value());
  CHECK(tree.error().source_line == "if y = 2:");
  CHECK(tree.error().line == 2);
}

TEST_CASE("relative imports are rejected", "[parser]") {
  for (std::string_view source : {"from . import x\n", "from .a import b\n", "from ...pkg import (c,)\n"}) {
    INFO(source);
    auto tree = parse_module(source);
    REQUIRE_FALSE(tree.has_value());
    CHECK(tree.error().type == "SyntaxError");
    CHECK(tree.error().message == "relative imports are not supported");
    CHECK(tree.error().line == 1);
    CHECK(tree.error().column == 1);
  }
}

TEST_CASE("nodes carry CPython's spans", "[parser]") {
  using namespace coil::syntax;
  {
    auto tree = parse_module("x = foo(a, b)\n");
    REQUIRE(tree.has_value());
    const auto& assign = tree->body[0]->as<assign_stmt>();
    check_span(assign.where, 1, 0, 1, 13);
    check_span(assign.value->where, 1, 4, 1, 13);
    check_span(assign.value->as<call_expr>().args[1]->where, 1, 11, 1, 12);
    check_span(assign.targets[0]->where, 1, 0, 1, 1);
  }
  {
    auto tree = parse_module("if a:\n    b = 1\nelif c:\n    pass\nelse:\n    d\n");
    REQUIRE(tree.has_value());
    const auto& outer = tree->body[0]->as<if_stmt>();
    check_span(outer.where, 1, 0, 6, 5);
    check_span(outer.orelse[0]->where, 3, 0, 6, 5);
  }
  {
    auto tree = parse_module("def f(x):\n    return x\n");
    REQUIRE(tree.has_value());
    const auto& def = tree->body[0]->as<function_def_stmt>();
    check_span(def.where, 1, 0, 2, 12);
    check_span(def.args->args[0]->where, 1, 6, 1, 7);
    check_span(def.body[0]->where, 2, 4, 2, 12);
  }
  {
    auto tree = parse_module("@d\nclass C:\n    pass\n");
    REQUIRE(tree.has_value());
    const auto& cls = tree->body[0]->as<class_def_stmt>();
    check_span(cls.where, 2, 0, 3, 8);
    check_span(cls.decorator_list[0]->where, 1, 1, 1, 2);
  }
  {
    auto tree = parse_module("(a) + b\n");
    REQUIRE(tree.has_value());
    check_span(tree->body[0]->as<expr_stmt>().value->where, 1, 0, 1, 7);
  }
  {
    auto tree = parse_module("a.b.c(d)[e]\n");
    REQUIRE(tree.has_value());
    const auto& subscript = tree->body[0]->as<expr_stmt>().value->as<subscript_expr>();
    check_span(subscript.where, 1, 0, 1, 11);
    check_span(subscript.value->where, 1, 0, 1, 8);
    check_span(subscript.value->as<call_expr>().func->where, 1, 0, 1, 5);
  }
  {
    auto tree = parse_module("f\"x{y!r:>3}z\"\n");
    REQUIRE(tree.has_value());
    const auto& joined = tree->body[0]->as<expr_stmt>().value->as<joined_str_expr>();
    check_span(joined.where, 1, 0, 1, 13);
    check_span(joined.values[1]->where, 1, 3, 1, 11);
    check_span(joined.values[1]->as<formatted_value_expr>().value->where, 1, 4, 1, 5);
  }
  {
    // Columns are UTF-8 byte offsets: 'é' takes two.
    auto tree = parse_module("x = '\xc3\xa9' + y\n");
    REQUIRE(tree.has_value());
    const auto& sum = tree->body[0]->as<assign_stmt>().value->as<bin_op_expr>();
    check_span(sum.where, 1, 4, 1, 12);
    check_span(sum.right->where, 1, 11, 1, 12);
  }
  {
    auto tree = parse_module("for i in range(10):\n    total += i  # comment\n");
    REQUIRE(tree.has_value());
    const auto& loop = tree->body[0]->as<for_stmt>();
    check_span(loop.where, 1, 0, 2, 14);
    check_span(loop.body[0]->where, 2, 4, 2, 14);
  }
  {
    auto tree = parse_module("x = [\n    1,\n    2,\n]\n");
    REQUIRE(tree.has_value());
    const auto& assign = tree->body[0]->as<assign_stmt>();
    check_span(assign.where, 1, 0, 4, 1);
    check_span(assign.value->where, 1, 4, 4, 1);
  }
  {
    auto tree = parse_module("f(x for x in y)\n");
    REQUIRE(tree.has_value());
    const auto& call = tree->body[0]->as<expr_stmt>().value->as<call_expr>();
    check_span(call.where, 1, 0, 1, 15);
    check_span(call.args[0]->where, 1, 1, 1, 15);
  }
  {
    auto tree = parse_module("try:\n    a\nexcept E as e:\n    b\n");
    REQUIRE(tree.has_value());
    const auto& statement = tree->body[0]->as<try_stmt>();
    check_span(statement.where, 1, 0, 4, 5);
    check_span(statement.handlers[0]->where, 3, 0, 4, 5);
  }
  {
    auto tree = parse_module("match x:\n    case [1, *r] if r:\n        pass\n");
    REQUIRE(tree.has_value());
    const auto& match = tree->body[0]->as<match_stmt>();
    check_span(match.where, 1, 0, 3, 12);
    const auto& sequence = match.cases[0]->pattern_->as<match_sequence_pattern>();
    check_span(sequence.where, 2, 9, 2, 16);
    check_span(sequence.patterns[1]->where, 2, 13, 2, 15);
  }
}

TEST_CASE("the tree keeps its own copy of the source", "[parser]") {
  coil::syntax::tree kept;
  {
    std::string source = "alpha = beta.gamma('delta', epsilon=1)\n";
    auto tree = parse_module(source);
    REQUIRE(tree.has_value());
    source.assign(source.size(), '#');  // the caller's buffer changes under the tree
    kept = std::move(*tree);
  }
  CHECK(coil::syntax::dump(kept) ==
        "Module(body=[Assign(targets=[Name(id='alpha', ctx=Store())], value=Call(func=Attribute(value=Name(id='beta', "
        "ctx=Load()), attr='gamma', ctx=Load()), args=[Constant(value='delta')], keywords=[keyword(arg='epsilon', "
        "value=Constant(value=1))]))], type_ignores=[])");
}

TEST_CASE("nesting beyond the parser's limit is a syntax error, not a crash", "[parser]") {
  const std::string too_complex = "too complex: nesting exceeds the parser's limit";
  for (const std::string& source :
       {"x = " + repeat("-", 100'000) + "1\n", "x = " + repeat("not ", 100'000) + "x\n",
        "x = 1" + repeat(" + 1", 50'000) + "\n", "x = a" + repeat(".b", 50'000) + "\n",
        "x = f" + repeat("()", 50'000) + "\n", "f = " + repeat("lambda: ", 100'000) + "0\n",
        "x = " + repeat("1 if y else ", 100'000) + "0\n", "x = 2" + repeat(" ** 2", 50'000) + "\n",
        "if a: pass\n" + repeat("elif a: pass\n", 5'000)}) {
    const auto start = std::chrono::steady_clock::now();
    auto tree = parse_module(source);
    CHECK(std::chrono::steady_clock::now() - start < std::chrono::seconds(5));
    REQUIRE_FALSE(tree.has_value());
    CHECK(tree.error().type == "SyntaxError");
    CHECK(tree.error().message == too_complex);
    CHECK(tree.error().line >= 1);
  }
  // Well inside the limit, the same shapes parse.
  CHECK(parse_module("x = " + repeat("-", 500) + "1\n").has_value());
  CHECK(parse_module("x = 1" + repeat(" + 1", 500) + "\n").has_value());
  CHECK(parse_module("f = " + repeat("lambda: ", 300) + "0\n").has_value());
  CHECK(parse_module("if a: pass\n" + repeat("elif a: pass\n", 500)).has_value());
}

TEST_CASE("a left-nested chain is no deeper than the limit allows", "[parser]") {
  using namespace coil::syntax;
  auto tree = parse_module("x = 1" + repeat(" + 1", 900) + "\n");
  REQUIRE(tree.has_value());
  int depth = 0;
  const expr* e = tree->body[0]->as<assign_stmt>().value;
  while (e->kind == expr_kind::BinOp) {
    ++depth;
    e = e->as<bin_op_expr>().left;
  }
  CHECK(depth == 900);
  CHECK(depth <= COIL_MAX_PARSE_DEPTH);
}

TEST_CASE("a large program parses quickly", "[parser]") {
  std::string source;
  for (int i = 0; i < 20'000; ++i) {
    source += "def function_" + std::to_string(i) + "(a, b=1, *args, **kwargs):\n";
    source += "    result = [x * 2 for x in range(a) if x % 3 == 0]\n";
    source += "    return {'sum': sum(result), 'label': f\"{a!r:>10} {b}\"}\n";
  }
  const auto start = std::chrono::steady_clock::now();
  auto tree = parse_module(source);
  const auto elapsed = std::chrono::steady_clock::now() - start;
  REQUIRE(tree.has_value());
  CHECK(tree->body.size() == 20'000);
  CHECK(elapsed < std::chrono::seconds(10));  // catches quadratic behaviour even unoptimised
}
