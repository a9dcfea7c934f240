# Wraps the CommonJS-style js-bindings/src/core.js (no require/import inside)
# as an ES module for the browser build.
file(READ "${IN}" body)
file(WRITE "${OUT}" "// Generated from js-bindings/src/core.js by cmake/MakeEsmWrapper.cmake. Do not edit.\nconst module = { exports: {} };\n${body}\nexport const { createCore, TailorError, encodeInput } = module.exports;\n")
