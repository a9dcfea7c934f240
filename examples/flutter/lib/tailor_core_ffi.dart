// tailor-core through the C ABI (native/include/tailor/tailor.h) with dart:ffi,
// for Flutter on Android, iOS, Linux, macOS and Windows, and Dart on servers.
//
//   final core = await load();                       // opens libtailor
//   core.call('core.version', '{}');                 // envelope text
//   core.invoke('core.version');                     // {'version': '0.1.0', 'contract': 1}
//
// Strings cross the ABI as UTF-8 bytes with explicit lengths (tailor_call_n):
// nothing is NUL-truncated, and the envelope is copied into a Dart String
// before tailor_free releases it.
import 'dart:convert';
import 'dart:ffi';
import 'dart:io' show Platform;
import 'dart:typed_data';

import 'package:ffi/ffi.dart';

import 'src/common.dart';

export 'src/common.dart';

typedef _CallNative = Pointer<Uint8> Function(
    Pointer<Uint8> op, Size opLen, Pointer<Uint8> json, Size len, Pointer<Size> outLen);
typedef _CallDart = Pointer<Uint8> Function(
    Pointer<Uint8> op, int opLen, Pointer<Uint8> json, int len, Pointer<Size> outLen);
typedef _FreeNative = Void Function(Pointer<Uint8> envelope);
typedef _FreeDart = void Function(Pointer<Uint8> envelope);
typedef _VersionNative = Pointer<Utf8> Function();
typedef _ContractNative = Int Function();
typedef _ContractDart = int Function();

/// The platform's file name for the library built as target `tailor_shared`.
String defaultLibraryName() {
  if (Platform.isWindows) return 'tailor.dll';
  if (Platform.isMacOS || Platform.isIOS) return 'libtailor.dylib';
  if (Platform.isAndroid) return 'libtailor.so';
  return 'libtailor.so.0';
}

/// Opens libtailor ([libraryPath], or [defaultLibraryName] through the
/// platform's loader). Async to match the web binding's `load()`.
Future<TailorCore> load({String? libraryPath}) async =>
    _FfiTailorCore(DynamicLibrary.open(libraryPath ?? defaultLibraryName()));

class _FfiTailorCore extends TailorCore {
  _FfiTailorCore(DynamicLibrary lib)
      : _call = lib.lookupFunction<_CallNative, _CallDart>('tailor_call_n'),
        _free = lib.lookupFunction<_FreeNative, _FreeDart>('tailor_free'),
        version = lib.lookupFunction<_VersionNative, _VersionNative>('tailor_version')().toDartString(),
        contractVersion = lib.lookupFunction<_ContractNative, _ContractDart>('tailor_contract_version')();

  final _CallDart _call;
  final _FreeDart _free;

  @override
  final String version;

  @override
  final int contractVersion;

  @override
  String call(String op, String json) => using((arena) {
        final opBytes = _wtf8(op);
        final jsonBytes = _wtf8(json);
        final opPtr = _copy(arena, opBytes);
        final jsonPtr = _copy(arena, jsonBytes);
        final outLen = arena<Size>();
        final out = _call(opPtr, opBytes.length, jsonPtr, jsonBytes.length, outLen);
        if (out == nullptr) {
          throw const TailorException('out_of_memory', 'tailor_call_n returned NULL (out of memory)');
        }
        try {
          return utf8.decode(out.asTypedList(outLen.value));
        } finally {
          _free(out);
        }
      });

  static Pointer<Uint8> _copy(Arena arena, Uint8List bytes) {
    final p = arena<Uint8>(bytes.isEmpty ? 1 : bytes.length);
    p.asTypedList(bytes.length).setAll(0, bytes);
    return p;
  }
}

/// UTF-8, except that an unpaired surrogate is encoded as its own 3-byte
/// sequence instead of being replaced by U+FFFD (what `utf8.encode` does).
/// The core then refuses it with `invalid_utf8`, as it does for the same
/// string from JavaScript: the caller's text is never silently changed.
Uint8List _wtf8(String s) {
  final out = BytesBuilder(copy: false);
  final units = s.codeUnits;
  for (var i = 0; i < units.length; i++) {
    var c = units[i];
    if (c >= 0xD800 && c <= 0xDBFF && i + 1 < units.length && units[i + 1] >= 0xDC00 && units[i + 1] <= 0xDFFF) {
      c = 0x10000 + ((c - 0xD800) << 10) + (units[++i] - 0xDC00);
    }
    if (c < 0x80) {
      out.addByte(c);
    } else if (c < 0x800) {
      out
        ..addByte(0xC0 | (c >> 6))
        ..addByte(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out
        ..addByte(0xE0 | (c >> 12))
        ..addByte(0x80 | ((c >> 6) & 0x3F))
        ..addByte(0x80 | (c & 0x3F));
    } else {
      out
        ..addByte(0xF0 | (c >> 18))
        ..addByte(0x80 | ((c >> 12) & 0x3F))
        ..addByte(0x80 | ((c >> 6) & 0x3F))
        ..addByte(0x80 | (c & 0x3F));
    }
  }
  return out.takeBytes();
}
