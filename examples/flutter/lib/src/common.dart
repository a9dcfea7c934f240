// What both bindings share: the exception, the operation listing, and invoke()
// (encode the input, run call(), decode the envelope) written once over call().
import 'dart:convert';

/// One problem found in the input: a JSON Pointer [path] into it, a stable
/// snake_case [code] and a human [message].
class TailorIssue {
  const TailorIssue(this.path, this.code, this.message);
  final String path;
  final String code;
  final String message;

  @override
  String toString() => '$path: $code: $message';
}

/// Thrown by [TailorCore.invoke] for every error envelope (and for inputs
/// that JSON cannot carry, such as NaN). Mirrors the JS `TailorError`.
class TailorException implements Exception {
  const TailorException(this.code, this.message, [this.details = const []]);

  /// Stable snake_case code, e.g. "invalid_input", "unknown_operation".
  final String code;
  final String message;
  final List<TailorIssue> details;

  @override
  String toString() => 'TailorException($code): $message';
}

/// An entry of the operation table (`core.operations`).
class TailorOperation {
  const TailorOperation(this.name, this.summary);
  final String name;
  final String summary;
}

/// A loaded tailor-core. The two bindings differ only in how [call] reaches
/// the C++ code; everything else is here, so both behave identically.
abstract class TailorCore {
  /// Library version, e.g. "0.1.0".
  String get version;

  /// JSON contract version; changes on any incompatible operation change.
  int get contractVersion;

  /// Operation name + JSON text → envelope text. Never throws for bad input:
  /// the envelope says what is wrong (`{"ok":false,"error":{…}}`).
  String call(String op, String json);

  /// Runs [op] on [input] (JSON-compatible values: Map, List, String, num,
  /// bool, null) and returns the envelope's `result`; an error envelope
  /// throws [TailorException].
  ///
  /// Note: natively a Dart `double` such as `1.0` is written as `1.0` (on the
  /// web as `1`); pass `int`s where the schema wants integers.
  Map<String, dynamic> invoke(String op, [Map<String, Object?> input = const {}]) {
    final String text;
    try {
      text = jsonEncode(input);
    } on JsonUnsupportedObjectError catch (e) {
      final bad = e.unsupportedObject;
      final code = bad is double ? 'number_out_of_range' : 'invalid_input';
      final message = bad is double
          ? 'NaN and Infinity cannot be represented in JSON'
          : 'the input holds a value JSON cannot represent: ${bad.runtimeType}';
      throw TailorException(code, message, [TailorIssue('', code, message)]);
    }
    final envelope = jsonDecode(call(op, text)) as Map<String, dynamic>;
    if (envelope['ok'] == true) return envelope['result'] as Map<String, dynamic>;
    final error = envelope['error'] as Map<String, dynamic>;
    throw TailorException(error['code'] as String, error['message'] as String, [
      for (final d in error['details'] as List<dynamic>)
        TailorIssue(d['path'] as String, d['code'] as String, d['message'] as String),
    ]);
  }

  /// Every operation, from `core.operations` (what the JS binding exposes as
  /// `core.operations` and turns into `core.<domain>.<method>`).
  List<TailorOperation> get operations => [
        for (final o in invoke('core.operations')['operations'] as List<dynamic>)
          TailorOperation(o['name'] as String, o['summary'] as String),
      ];
}
