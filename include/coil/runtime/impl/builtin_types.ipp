// Definitions of the builtin type objects declared in runtime/builtin_types.hpp. Each is built
// once, at static initialisation, by its type's make_* function, and never written afterwards.
#pragma once

#include <coil/runtime/builtin_types.hpp>
#include <coil/runtime/impl/asyncio_as_completed_type.ipp>
#include <coil/runtime/impl/asyncio_condition_types.ipp>
#include <coil/runtime/impl/asyncio_loop_type.ipp>
#include <coil/runtime/impl/asyncio_sync_types.ipp>
#include <coil/runtime/impl/asyncio_task_group_type.ipp>
#include <coil/runtime/impl/asyncio_timeout_type.ipp>
#include <coil/runtime/impl/callable_types.ipp>
#include <coil/runtime/impl/constructors.ipp>
#include <coil/runtime/impl/dict_type.ipp>
#include <coil/runtime/impl/dict_views.ipp>
#include <coil/runtime/impl/exception_types.ipp>
#include <coil/runtime/impl/external_function_type.ipp>
#include <coil/runtime/impl/future_type.ipp>
#include <coil/runtime/impl/generator_type.ipp>
#include <coil/runtime/impl/async_generator_type.ipp>
#include <coil/runtime/impl/immutable_sequence_methods.ipp>
#include <coil/runtime/impl/module_type.ipp>
#include <coil/runtime/impl/range_type.ipp>
#include <coil/runtime/impl/stream_type.ipp>
#include <coil/runtime/impl/iterator_builtins.ipp>
#include <coil/runtime/impl/list_methods.ipp>
#include <coil/runtime/impl/numeric_types.ipp>
#include <coil/runtime/impl/number_methods.ipp>
#include <coil/runtime/impl/sequence_types.ipp>
#include <coil/runtime/impl/set_type.ipp>
#include <coil/runtime/impl/slice_type.ipp>
#include <coil/runtime/impl/str_type.ipp>
#include <coil/runtime/impl/str_methods.ipp>

namespace coil::runtime {
// Marks a builtin type as an instance of `type` and attaches its constructor.
inline type_object builtin(type_object t, value (*construct)(interpreter&, type_object*, const call_arguments&) = nullptr,
                           std::span<native_function_object* const> methods = {}) {
  t.type = &type_type;
  if (construct != nullptr) t.construct = construct;
  if (!methods.empty()) t.methods = methods;
  return t;
}

inline type_object with_attributes(type_object t, value (*get_attribute)(interpreter&, value, value)) {
  t.get_attribute = get_attribute;
  return t;
}

namespace builtin_types_detail {

inline value type_call(interpreter& in, value self, const call_arguments& args) {
  auto* type = static_cast<type_object*>(self.as_object());
  if (type->construct == nullptr) return in.raise_type_error("cannot create '" + std::string(type->name) + "' instances");
  return type->construct(in, type, args);
}

inline type_object make_object_type() {
  type_object t;
  t.name = "object";
  t.repr = callable_detail::object_repr;
  t.hash = callable_detail::identity_hash;
  t.compare = callable_detail::identity_compare;
  return t;
}

inline type_object make_type_type() {
  type_object t = builtin(make_plain_type("type", nullptr, callable_detail::type_repr));
  t.call = type_call;
  t.get_attribute = callable_detail::type_get_attribute;
  t.construct = construct_type;
  return t;
}

}  // namespace builtin_types_detail

COIL_DECL type_object object_type = builtin(builtin_types_detail::make_object_type());
COIL_DECL type_object type_type = builtin(builtin_types_detail::make_type_type());
COIL_DECL type_object none_type = builtin(make_none_type());
COIL_DECL type_object not_implemented_type = builtin(make_plain_type("NotImplementedType", nullptr, callable_detail::not_implemented_repr));
COIL_DECL type_object ellipsis_type = builtin(make_plain_type("ellipsis", nullptr, callable_detail::ellipsis_repr));
COIL_DECL type_object int_type = builtin(with_attributes(make_int_type(), number_methods_detail::int_get_attribute), construct_int, int_methods());
COIL_DECL type_object bool_type = builtin(make_bool_type(), construct_bool);
COIL_DECL type_object float_type = builtin(with_attributes(make_float_type(), number_methods_detail::float_get_attribute), construct_float, float_methods());
COIL_DECL type_object str_type = builtin(make_str_type(), construct_str, str_methods());
COIL_DECL type_object tuple_type = builtin(make_tuple_type(), construct_tuple, tuple_methods());
COIL_DECL type_object list_type = builtin(make_list_type(), construct_list, list_methods());
COIL_DECL type_object dict_type = builtin(make_dict_type());
COIL_DECL std::array<type_object, 3> dict_view_types = {builtin(make_dict_view_type("dict_keys")), builtin(make_dict_view_type("dict_values")),
                                                      builtin(make_dict_view_type("dict_items"))};
COIL_DECL std::array<type_object, 3> dict_iterator_types = {
    builtin(make_dict_iterator_type("dict_keyiterator")), builtin(make_dict_iterator_type("dict_valueiterator")),
    builtin(make_dict_iterator_type("dict_itemiterator"))};
COIL_DECL type_object set_type = builtin(make_set_type());
COIL_DECL type_object frozenset_type = builtin(make_frozenset_type());
COIL_DECL type_object set_iterator_type = builtin(make_set_iterator_type());
COIL_DECL type_object range_type = builtin(with_attributes(make_range_type(), range_detail::range_get_attribute), range_detail::construct_range, range_methods());
COIL_DECL type_object slice_type = builtin(make_slice_type(), slice_detail::construct_slice, slice_methods());
COIL_DECL type_object list_iterator_type = builtin(make_iterator_type("list_iterator", &vm::layout_of<sequence_iterator_object>, sequence_detail::sequence_iterator_next));
COIL_DECL type_object tuple_iterator_type = builtin(make_iterator_type("tuple_iterator", &vm::layout_of<sequence_iterator_object>, sequence_detail::sequence_iterator_next));
COIL_DECL type_object str_ascii_iterator_type = builtin(make_iterator_type("str_ascii_iterator", &vm::layout_of<sequence_iterator_object>, sequence_detail::sequence_iterator_next));
COIL_DECL type_object str_iterator_type = builtin(make_iterator_type("str_iterator", &vm::layout_of<sequence_iterator_object>, sequence_detail::sequence_iterator_next));
COIL_DECL type_object range_iterator_type =
    builtin(make_iterator_type("range_iterator", &vm::layout_of<range_iterator_object>, range_detail::range_iterator_next));
COIL_DECL type_object long_range_iterator_type =
    builtin(make_iterator_type("longrange_iterator", &vm::layout_of<long_range_iterator_object>, range_detail::long_range_iterator_next));
COIL_DECL type_object function_type = builtin(with_attributes(make_plain_type("function", &vm::layout_of<function_object>, callable_detail::function_repr), callable_detail::function_get_attribute));
COIL_DECL type_object generator_type = builtin(make_generator_type());
COIL_DECL type_object coroutine_type = builtin(make_coroutine_type());
COIL_DECL type_object future_type = builtin(make_future_type("Future", nullptr), future_detail::construct_future, future_methods());
COIL_DECL type_object task_type = builtin(make_future_type("Task", &future_type), nullptr, task_methods());
COIL_DECL type_object gathering_future_type = builtin(make_future_type("_GatheringFuture", &future_type), nullptr, future_methods());
COIL_DECL type_object native_coroutine_type = builtin(make_native_coroutine_type());
COIL_DECL type_object async_generator_type = builtin(make_async_generator_type());
COIL_DECL type_object async_generator_asend_type = builtin(make_async_generator_operation_type("async_generator_asend"));
COIL_DECL type_object async_generator_athrow_type = builtin(make_async_generator_operation_type("async_generator_athrow"));
COIL_DECL type_object lock_type = builtin(make_lock_type(), asyncio_sync_detail::construct_lock, lock_methods());
COIL_DECL type_object event_type = builtin(make_event_type(), asyncio_sync_detail::construct_event, event_methods());
COIL_DECL type_object semaphore_type = builtin(make_semaphore_type("Semaphore", nullptr), asyncio_sync_detail::construct_semaphore, semaphore_methods());
COIL_DECL type_object bounded_semaphore_type = builtin(make_semaphore_type("BoundedSemaphore", &semaphore_type), asyncio_sync_detail::construct_semaphore);
COIL_DECL type_object queue_type = builtin(make_queue_type("Queue", nullptr), asyncio_sync_detail::construct_queue, queue_methods());
COIL_DECL type_object lifo_queue_type = builtin(make_queue_type("LifoQueue", &queue_type), asyncio_sync_detail::construct_queue);
COIL_DECL type_object priority_queue_type = builtin(make_queue_type("PriorityQueue", &queue_type), asyncio_sync_detail::construct_queue);
COIL_DECL type_object timeout_type = builtin(make_timeout_type(), nullptr, timeout_methods());
COIL_DECL type_object task_group_type = builtin(make_task_group_type(), asyncio_task_group_detail::construct_task_group, task_group_methods());
COIL_DECL type_object as_completed_type = builtin(make_as_completed_type());
COIL_DECL type_object event_loop_type = builtin(make_event_loop_type(), nullptr, event_loop_methods());
COIL_DECL type_object condition_type = builtin(make_condition_type(), asyncio_condition_detail::construct_condition, condition_methods());
COIL_DECL type_object barrier_type = builtin(make_barrier_type(), asyncio_condition_detail::construct_barrier, barrier_methods());
COIL_DECL type_object handle_type = builtin(make_handle_type("Handle", nullptr), nullptr, handle_methods());
COIL_DECL type_object timer_handle_type = builtin(make_handle_type("TimerHandle", &handle_type), nullptr, timer_handle_methods());
COIL_DECL type_object external_function_type = builtin(make_external_function_type());
COIL_DECL type_object module_type = builtin(make_module_type());
COIL_DECL type_object text_stream_type = builtin(make_text_stream_type());
COIL_DECL type_object enumerate_type = iterator_detail::make_lazy_type("enumerate", iterator_detail::enumerate_next, iterator_detail::construct_enumerate);
COIL_DECL type_object zip_type = iterator_detail::make_lazy_type("zip", iterator_detail::zip_next, iterator_detail::construct_zip);
COIL_DECL type_object map_type = iterator_detail::make_lazy_type("map", iterator_detail::map_next, iterator_detail::construct_map);
COIL_DECL type_object filter_type = iterator_detail::make_lazy_type("filter", iterator_detail::filter_next, iterator_detail::construct_filter);
COIL_DECL type_object builtin_function_type = builtin(with_attributes(
    make_plain_type("builtin_function_or_method", &vm::layout_of<native_function_object>, callable_detail::builtin_function_repr),
    callable_detail::builtin_function_get_attribute));
COIL_DECL type_object method_type = builtin(make_plain_type("method", &vm::layout_of<bound_method_object>, callable_detail::method_repr));
COIL_DECL type_object builtin_method_type =
    builtin(make_plain_type("builtin_function_or_method", &vm::layout_of<bound_method_object>, callable_detail::method_repr));
COIL_DECL type_object cell_type = builtin(make_plain_type("cell", &vm::layout_of<cell_object>, callable_detail::object_repr));
COIL_DECL type_object code_type = builtin(make_plain_type("code", &vm::code_object_layout, callable_detail::code_repr));
COIL_DECL std::array<type_object, exception_kind_count> exception_types = make_exception_types();
// asyncio's own exceptions, made from Exception once exception_types (defined just above) is.
COIL_DECL type_object queue_empty_type = make_asyncio_exception_type("QueueEmpty", "asyncio.queues", exception_type(exception_kind::exception));
COIL_DECL type_object queue_full_type = make_asyncio_exception_type("QueueFull", "asyncio.queues", exception_type(exception_kind::exception));
COIL_DECL type_object invalid_state_error_type = make_asyncio_exception_type("InvalidStateError", "asyncio.exceptions", exception_type(exception_kind::exception));
COIL_DECL type_object broken_barrier_error_type = make_asyncio_exception_type("BrokenBarrierError", "asyncio.exceptions", exception_type(exception_kind::runtime_error));

}  // namespace coil::runtime
