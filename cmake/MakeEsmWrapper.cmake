# Turns js-bindings/src/core.js (CommonJS-style, no require/import inside) into
# an ES module for the browser build by replacing its single export line.
file(READ "${IN}" body)
set(cjs_export "module.exports = { createCore, TailorError, encodeInput };")
string(FIND "${body}" "${cjs_export}" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${IN} must end with: ${cjs_export}")
endif()
string(REPLACE "${cjs_export}" "export { createCore, TailorError, encodeInput };" body "${body}")
string(REPLACE "'use strict';\n" "" body "${body}")
file(WRITE "${OUT}" "// Generated from js-bindings/src/core.js by cmake/MakeEsmWrapper.cmake. Do not edit.\n${body}")
