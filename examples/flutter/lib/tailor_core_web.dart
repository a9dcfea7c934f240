// tailor-core in the browser (Flutter web, dart2js or dart2wasm) through the
// WebAssembly build's ES module (js-bindings/browser.mjs) with dart:js_interop.
//
//   final core = await load(moduleUrl: 'tailor-core/browser.mjs');
//   core.call('core.version', '{}');                 // envelope text
//   core.invoke('core.version');                     // {'version': '0.1.0', 'contract': 1}
//
// Serve js-bindings/browser.mjs, js-bindings/dist/core.mjs,
// dist/tailor_core_web.mjs and dist/tailor_core_web.wasm with the app (for
// Flutter: copy the package into web/tailor-core/). The JS `load()` caches one
// instance; so does this one through it.
import 'dart:js_interop';

import 'src/common.dart';

export 'src/common.dart';

/// The namespace object of browser.mjs.
extension type _BrowserModule._(JSObject _) implements JSObject {
  external JSPromise<_JsCore> load([_LoadOptions? options]);
}

/// `{wasmUrl}`: where tailor_core_web.wasm is served (default: next to the module).
extension type _LoadOptions._(JSObject _) implements JSObject {
  external factory _LoadOptions({String wasmUrl});
}

/// The object `load()` resolves to (js-bindings/src/core.js, createCore).
extension type _JsCore._(JSObject _) implements JSObject {
  external String get version;
  external int get contractVersion;
  @JS('call')
  external String callOperation(String op, String jsonText);
}

/// Imports [moduleUrl] (resolved against the page) and loads the wasm module.
/// A failure throws [TailorException] with code `load_failed`.
Future<TailorCore> load({String moduleUrl = 'tailor-core/browser.mjs', String? wasmUrl}) async {
  try {
    final module = _BrowserModule._(await importModule(moduleUrl.toJS).toDart);
    final core = await (wasmUrl == null ? module.load() : module.load(_LoadOptions(wasmUrl: wasmUrl))).toDart;
    return _WebTailorCore(core);
  } on TailorException {
    rethrow;
  } catch (e) {
    throw TailorException('load_failed', 'could not load tailor-core from $moduleUrl: $e');
  }
}

class _WebTailorCore extends TailorCore {
  _WebTailorCore(this._core)
      : version = _core.version,
        contractVersion = _core.contractVersion;

  final _JsCore _core;

  @override
  final String version;

  @override
  final int contractVersion;

  // The JS call() takes the string as it is; no Dart-side encoding step.
  @override
  String call(String op, String json) => _core.callOperation(op, json);
}
