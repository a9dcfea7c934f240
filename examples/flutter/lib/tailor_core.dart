// One import for every platform: dart:ffi over libtailor natively, the
// WebAssembly build on the web. Both expose `Future<TailorCore> load(...)`
// (named parameters differ: libraryPath natively; moduleUrl, wasmUrl on the web).
export 'tailor_core_ffi.dart' if (dart.library.js_interop) 'tailor_core_web.dart';
