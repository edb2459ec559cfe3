// The heap layout of a C++ object type, derived from the type itself: every object struct says
// what it refers to with a `trace(tracer&)` member and is destroyed by its destructor.
#pragma once

#include <coil/vm/object.hpp>

namespace coil::vm {

template <class T>
inline const object_layout layout_of{
    T::layout_name,
    [](object* self, tracer& t) { static_cast<T*>(self)->trace(t); },
    [](object* self) { static_cast<T*>(self)->~T(); },
};

}  // namespace coil::vm
