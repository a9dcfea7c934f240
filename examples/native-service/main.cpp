// tailor-service — an HTTP decision service over tailor::api (Boost.Beast).
//
//   POST /v1/<operation>   body = the JSON input → body = the envelope
//   GET  /v1/operations    the core.operations envelope
//   GET  /healthz          {"ok":true,"result":{"status":"serving",…}}
//
// Every response body is an envelope ({"ok":true,"result":…} or
// {"ok":false,"error":{code,message,details}}); the HTTP status only mirrors it
// (README.md has the mapping). The service is the impure shell around the pure
// core: it owns the sockets, the clock (access log, timeouts) and the signals.
//
// Concurrency: one io_context run by --threads threads; every connection lives
// on its own strand and is handled asynchronously (keep-alive, pipelining-safe:
// one request at a time per connection). SIGTERM/SIGINT: stop accepting, close
// idle connections, let requests already started finish (with Connection:
// close), then exit 0.
#include <boost/asio/dispatch.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "tailor/api/call.hpp"
#include "tailor/json/limits.hpp"
#include "tailor/version.hpp"

namespace {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

// The request body limit is the core's input limit: a body the core would
// refuse anyway is refused before it is read (413), not buffered first.
constexpr std::uint64_t max_body_bytes = tailor::json::Limits{}.max_input_bytes;
// Beast's default; request lines and headers beyond it are a 400.
constexpr std::uint32_t max_header_bytes = 8 * 1024;
// After an error response the rest of the request is read and discarded for at
// most this long, so that the client sees the response instead of a reset.
constexpr std::chrono::milliseconds linger_time{1000};

constexpr const char* usage =
    "usage: tailor-service [--address ADDR] [--port N] [--threads N] [--read-timeout-ms N]\n"
    "\n"
    "HTTP decision service over tailor-core.\n"
    "  POST /v1/<operation>  JSON input in the body; the envelope in the response\n"
    "  GET  /v1/operations   every operation (the core.operations envelope)\n"
    "  GET  /healthz         liveness\n"
    "\n"
    "options:\n"
    "  --address ADDR        listen address (default 127.0.0.1)\n"
    "  --port N              listen port, 0 = any free port (default 8080)\n"
    "  --threads N           I/O threads, 1..256 (default: the number of CPUs)\n"
    "  --read-timeout-ms N   time allowed to receive one request, and to send its\n"
    "                        response; also the keep-alive idle limit (default 10000)\n"
    "  --max-connections N   open connections served at once; more get a 503 envelope\n"
    "                        (default 256; each may hold an 8 MiB body)\n"
    "Prints one JSON line per event on stdout: listening (with the bound port),\n"
    "request (the access log), shutdown, stopped. SIGTERM/SIGINT drain and exit 0.\n";

struct Options {
    std::string address = "127.0.0.1";
    unsigned short port = 8080;
    unsigned threads = 0;  // 0 = hardware concurrency
    std::chrono::milliseconds read_timeout{10000};
    // Bounds memory: each connection may buffer one body of up to max_body_bytes.
    std::size_t max_connections = 256;
};

bool parse_unsigned(const std::string& text, unsigned long max, unsigned long& out) {
    if (text.empty() || text.size() > 10) return false;
    unsigned long v = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        v = v * 10 + static_cast<unsigned long>(c - '0');
    }
    if (v > max) return false;
    out = v;
    return true;
}

// Returns the options, or nullopt after printing why (exit status 1).
std::optional<Options> parse_options(int argc, char** argv, bool& help) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--help" || a == "-h") {
            help = true;
            return std::nullopt;
        }
        if (i + 1 >= argc) {
            std::cerr << "tailor-service: " << a << (a.rfind("--", 0) == 0 ? " needs a value\n" : ": unknown argument\n");
            return std::nullopt;
        }
        std::string v = argv[++i];
        unsigned long n = 0;
        if (a == "--address") {
            o.address = v;
        } else if (a == "--port" && parse_unsigned(v, 65535, n)) {
            o.port = static_cast<unsigned short>(n);
        } else if (a == "--threads" && parse_unsigned(v, 256, n) && n >= 1) {
            o.threads = static_cast<unsigned>(n);
        } else if (a == "--read-timeout-ms" && parse_unsigned(v, 3600000, n) && n >= 1) {
            o.read_timeout = std::chrono::milliseconds(n);
        } else if (a == "--max-connections" && parse_unsigned(v, 100000, n) && n >= 1) {
            o.max_connections = n;
        } else if (a == "--port" || a == "--threads" || a == "--read-timeout-ms" || a == "--max-connections") {
            std::cerr << "tailor-service: invalid value for " << a << ": " << v << "\n";
            return std::nullopt;
        } else {
            std::cerr << "tailor-service: unknown option " << a << "\n";
            return std::nullopt;
        }
    }
    if (o.threads == 0) o.threads = std::max(1u, std::thread::hardware_concurrency());
    return o;
}

// ---------------------------------------------------------------- log lines

// A JSON string literal. Printable ASCII passes; everything else (controls and
// bytes ≥ 0x80, which a request target may hold in any encoding) becomes
// \u00XX, one escape per byte, so every log line is valid JSON and ASCII.
std::string json_string(std::string_view s) {
    static const char hex[] = "0123456789abcdef";
    std::string out = "\"";
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c >= 0x20 && c < 0x7f) {
            out += static_cast<char>(c);
        } else {
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    out += '"';
    return out;
}

// Wall-clock time as RFC 3339 UTC with microseconds. Only the service reads the clock.
std::string now_rfc3339() {
    auto now = std::chrono::system_clock::now();
    auto us = std::chrono::duration_cast<std::chrono::microseconds>(now.time_since_epoch()).count();
    std::time_t secs = static_cast<std::time_t>(us / 1000000);
    long frac = static_cast<long>(us % 1000000);
    if (frac < 0) {
        frac += 1000000;
        --secs;
    }
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%06ldZ", tm.tm_year + 1900, tm.tm_mon + 1,
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, frac);
    return buf;
}

// One JSON object per line on stdout; lines from different threads never interleave.
class EventLog {
public:
    void write(const std::string& event, const std::string& fields) {
        std::string line = "{\"time\":\"" + now_rfc3339() + "\",\"event\":\"" + event + "\"";
        if (!fields.empty()) line += "," + fields;
        line += "}\n";
        std::lock_guard<std::mutex> lock(mutex_);
        std::fwrite(line.data(), 1, line.size(), stdout);
        std::fflush(stdout);
    }

private:
    std::mutex mutex_;
};

// ---------------------------------------------------------------- routing

// An envelope for a refusal made by the service itself (the same shape the core gives).
std::string error_envelope(const char* code, std::string message) {
    tailor::Error e{code, message, {tailor::Issue{"", code, message}}};
    return tailor::api::envelope(tailor::api::Outcome(std::move(e)));
}

// The HTTP status that mirrors an envelope (README.md, "Status mapping").
http::status status_of(const tailor::api::Outcome& outcome) {
    if (outcome) return http::status::ok;
    const std::string& code = outcome.error().code;
    if (code == tailor::error_code::unknown_operation) return http::status::not_found;
    if (code == tailor::error_code::input_too_large) return http::status::payload_too_large;
    if (code == tailor::error_code::internal_error) return http::status::internal_server_error;
    return http::status::bad_request;
}

struct Reply {
    http::status status;
    std::string body;
    const char* allow = nullptr;  // set for 405
};

Reply method_not_allowed(const char* allow, std::string_view path) {
    return {http::status::method_not_allowed,
            error_envelope("method_not_allowed",
                           std::string(path) + " accepts only " + allow),
            allow};
}

Reply route(const http::request<http::string_body>& req) {
    std::string_view target = req.target();
    if (target.find('?') != std::string_view::npos)
        return {http::status::bad_request,
                error_envelope("bad_request", "query strings are not accepted; the input goes in the body")};
    const bool get = req.method() == http::verb::get;
    const bool post = req.method() == http::verb::post;
    if (target == "/healthz") {
        if (!get) return method_not_allowed("GET", target);
        return {http::status::ok, std::string("{\"ok\":true,\"result\":{\"status\":\"serving\",\"version\":\"") +
                                      tailor::version + "\"}}"};
    }
    if (target == "/v1/operations") {
        if (!get) return method_not_allowed("GET", target);
        tailor::api::Outcome out = tailor::api::invoke("core.operations", "{}");
        return {status_of(out), tailor::api::envelope(out)};
    }
    constexpr std::string_view prefix = "/v1/";
    if (target.substr(0, prefix.size()) == prefix) {
        if (!post) return method_not_allowed("POST", target);
        // The name is taken as sent (no percent-decoding): operation names are plain ASCII.
        tailor::api::Outcome out = tailor::api::invoke(target.substr(prefix.size()), req.body());
        return {status_of(out), tailor::api::envelope(out)};
    }
    return {http::status::not_found,
            error_envelope("not_found", "no such resource; use POST /v1/<operation>, GET /v1/operations or GET /healthz")};
}

// ---------------------------------------------------------------- server

class Server;

class Session : public std::enable_shared_from_this<Session> {
public:
    Session(tcp::socket socket, Server& server);
    ~Session();
    std::uint64_t id() const { return id_; }
    void start() {
        net::dispatch(stream_.get_executor(), beast::bind_front_handler(&Session::read_request, shared_from_this()));
    }
    // Over the connection limit: answer 503 without reading the request, then close.
    void refuse_overloaded(std::size_t limit) {
        net::dispatch(stream_.get_executor(), [self = shared_from_this(), limit] {
            self->started_ = Clock::now();
            self->respond({http::status::service_unavailable,
                           error_envelope("overloaded", "the service is serving its limit of " + std::to_string(limit) +
                                                            " connections; retry later")},
                          11, false);
        });
    }
    // Asks the session, on its strand, to finish its current request and close.
    void post_drain() {
        net::post(stream_.get_executor(), beast::bind_front_handler(&Session::drain, shared_from_this()));
    }

private:
    void drain() {
        draining_ = true;
        // Idle: waiting for a request of which no byte has arrived yet.
        if (state_ == State::idle && buffer_.size() == 0) stream_.close();
    }

    enum class State { idle, reading, responding, closing };

    void read_request();
    void on_header(beast::error_code ec, std::size_t);
    void read_body();
    void on_body(beast::error_code ec, std::size_t);
    void answer(http::request<http::string_body> req);
    void respond(Reply reply, unsigned version, bool keep_alive);
    void on_written(bool keep_alive, beast::error_code ec, std::size_t);
    void refuse(beast::error_code ec);
    void on_linger(beast::error_code ec, std::size_t);

    beast::tcp_stream stream_;
    beast::flat_buffer buffer_;
    std::optional<http::request_parser<http::string_body>> parser_;
    std::shared_ptr<http::response<http::string_body>> response_;
    std::optional<http::response<http::empty_body>> continue_;
    char discard_[4096];
    Server& server_;
    std::uint64_t id_;
    State state_ = State::idle;
    bool draining_ = false;
    Clock::time_point started_{};
    std::string method_ = "-";
    std::string target_ = "-";
};

class Server {
public:
    Server(net::io_context& ioc, const Options& options, EventLog& log)
        : ioc_(ioc), acceptor_(net::make_strand(ioc)), retry_(acceptor_.get_executor()), options_(options), log_(log) {}

    // Binds and listens; returns the bound endpoint.
    tcp::endpoint listen() {
        tcp::endpoint endpoint(net::ip::make_address(options_.address), options_.port);
        acceptor_.open(endpoint.protocol());
        acceptor_.set_option(net::socket_base::reuse_address(true));
        acceptor_.bind(endpoint);
        acceptor_.listen(net::socket_base::max_listen_connections);
        return acceptor_.local_endpoint();
    }

    void accept() {
        acceptor_.async_accept(net::make_strand(ioc_), [this](beast::error_code ec, tcp::socket socket) {
            if (ec == net::error::operation_aborted || !acceptor_.is_open()) return;
            if (!ec) {
                auto session = std::make_shared<Session>(std::move(socket), *this);
                switch (enroll(session)) {
                    case Enrolled::yes: session->start(); break;
                    case Enrolled::full: session->refuse_overloaded(options_.max_connections); break;
                    case Enrolled::draining: return;  // the socket closes with the session
                }
            } else {
                // Out of descriptors or similar: say so, and retry after a pause instead of spinning.
                log_.write("accept_error", "\"message\":" + json_string(ec.message()));
                retry_.expires_after(std::chrono::milliseconds(100));
                retry_.async_wait([this](beast::error_code) { if (acceptor_.is_open()) accept(); });
                return;
            }
            accept();
        });
    }

    // Stops accepting and drains; the io_context runs out of work when the last
    // in-flight request is answered.
    void shutdown(int signal) {
        net::post(acceptor_.get_executor(), [this, signal] {
            beast::error_code ignored;
            acceptor_.close(ignored);
            retry_.cancel();
            std::vector<std::shared_ptr<Session>> open;
            {
                std::lock_guard<std::mutex> lock(mutex_);
                draining_ = true;
                for (auto& [id, weak] : sessions_)
                    if (auto s = weak.lock()) open.push_back(std::move(s));
            }
            log_.write("shutdown", "\"signal\":" + std::to_string(signal) +
                                       ",\"openConnections\":" + std::to_string(open.size()));
            for (auto& s : open) s->post_drain();
        });
    }

    bool draining() {
        std::lock_guard<std::mutex> lock(mutex_);
        return draining_;
    }
    std::uint64_t next_id() { return next_id_++; }
    void forget(std::uint64_t id) {
        std::lock_guard<std::mutex> lock(mutex_);
        sessions_.erase(id);
    }
    const Options& options() const { return options_; }
    EventLog& log() { return log_; }

private:
    enum class Enrolled { yes, full, draining };
    Enrolled enroll(const std::shared_ptr<Session>& session);

    net::io_context& ioc_;
    tcp::acceptor acceptor_;
    net::steady_timer retry_;
    Options options_;
    EventLog& log_;
    std::mutex mutex_;
    bool draining_ = false;
    std::map<std::uint64_t, std::weak_ptr<Session>> sessions_;
    std::atomic<std::uint64_t> next_id_{1};
};

// Session's members use Server, so they are defined after it.

Session::Session(tcp::socket socket, Server& server)
    : stream_(std::move(socket)), server_(server), id_(server.next_id()) {}

Session::~Session() { server_.forget(id_); }

void Session::read_request() {
    if (draining_) {
        stream_.close();
        return;
    }
    state_ = State::idle;
    method_ = "-";
    target_ = "-";
    parser_.emplace();
    parser_->body_limit(max_body_bytes);
    parser_->header_limit(max_header_bytes);
    stream_.expires_after(server_.options().read_timeout);
    http::async_read_header(stream_, buffer_, *parser_,
                            beast::bind_front_handler(&Session::on_header, shared_from_this()));
}

void Session::on_header(beast::error_code ec, std::size_t) {
    // A closed, timed-out or drained idle connection just ends.
    if (ec == http::error::end_of_stream || ec == http::error::partial_message || ec == beast::error::timeout ||
        ec == net::error::operation_aborted) {
        stream_.close();
        return;
    }
    started_ = Clock::now();
    state_ = State::reading;
    const auto& req = parser_->get();
    if (parser_->is_header_done()) {
        method_ = std::string(req.method_string());
        target_ = std::string(req.target());
    }
    if (ec) return refuse(ec);
    if (parser_->is_done()) return answer(parser_->release());
    if (beast::iequals(req[http::field::expect], "100-continue")) {
        continue_.emplace(http::status::continue_, req.version());
        http::async_write(stream_, *continue_, [self = shared_from_this()](beast::error_code wec, std::size_t) {
            if (wec) return self->stream_.close();
            self->read_body();
        });
        return;
    }
    read_body();
}

void Session::read_body() {
    http::async_read(stream_, buffer_, *parser_, beast::bind_front_handler(&Session::on_body, shared_from_this()));
}

void Session::on_body(beast::error_code ec, std::size_t) {
    if (ec == beast::error::timeout || ec == net::error::operation_aborted || ec == http::error::end_of_stream ||
        ec == http::error::partial_message) {
        // The client stopped sending (or took longer than the read timeout): no one to answer.
        stream_.close();
        return;
    }
    if (ec) return refuse(ec);
    answer(parser_->release());
}

void Session::answer(http::request<http::string_body> req) {
    Reply reply = route(req);
    respond(std::move(reply), req.version(), req.keep_alive());
}

// Answers a request that could not be read: body too large (413) or not HTTP (400).
void Session::refuse(beast::error_code ec) {
    const unsigned version = parser_->is_header_done() ? parser_->get().version() : 11;
    if (ec == http::error::body_limit) {
        respond({http::status::payload_too_large,
                 error_envelope(tailor::error_code::input_too_large,
                                "the request body is larger than the limit of " + std::to_string(max_body_bytes) +
                                    " bytes")},
                version, false);
    } else if (ec.category() == http::make_error_code(http::error::bad_target).category()) {
        respond({http::status::bad_request, error_envelope("bad_request", "malformed HTTP request: " + ec.message())},
                version, false);
    } else {
        stream_.close();  // a socket error: nobody to answer
    }
}

void Session::respond(Reply reply, unsigned version, bool keep_alive) {
    state_ = State::responding;
    keep_alive = keep_alive && !draining_;
    response_ = std::make_shared<http::response<http::string_body>>(reply.status, version);
    auto& res = *response_;
    res.set(http::field::server, std::string("tailor-service/") + tailor::version);
    res.set(http::field::content_type, "application/json");
    if (reply.allow) res.set(http::field::allow, reply.allow);
    res.body() = std::move(reply.body);
    res.keep_alive(keep_alive);
    res.prepare_payload();
    stream_.expires_after(server_.options().read_timeout);
    http::async_write(stream_, res, beast::bind_front_handler(&Session::on_written, shared_from_this(), keep_alive));
}

void Session::on_written(bool keep_alive, beast::error_code ec, std::size_t) {
    auto us = std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - started_).count();
    server_.log().write("request", "\"method\":" + json_string(method_) + ",\"target\":" + json_string(target_) +
                                       ",\"status\":" + std::to_string(response_->result_int()) +
                                       ",\"bytes\":" + std::to_string(response_->body().size()) +
                                       ",\"durationUs\":" + std::to_string(us));
    response_.reset();
    if (ec) return stream_.close();
    if (keep_alive) return read_request();
    // The request may not have been read to its end (413, 400): read and drop
    // the rest for a moment, so that closing does not reset the connection
    // before the client has read the answer.
    state_ = State::closing;
    beast::error_code ignored;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ignored);
    stream_.expires_after(linger_time);
    stream_.async_read_some(net::buffer(discard_), beast::bind_front_handler(&Session::on_linger, shared_from_this()));
}

void Session::on_linger(beast::error_code ec, std::size_t) {
    if (ec) return stream_.close();
    stream_.async_read_some(net::buffer(discard_), beast::bind_front_handler(&Session::on_linger, shared_from_this()));
}

Server::Enrolled Server::enroll(const std::shared_ptr<Session>& session) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (draining_) return Enrolled::draining;
    // Expired entries are sessions being destroyed right now; they no longer count.
    if (sessions_.size() >= options_.max_connections) {
        for (auto it = sessions_.begin(); it != sessions_.end();)
            it = it->second.expired() ? sessions_.erase(it) : std::next(it);
        if (sessions_.size() >= options_.max_connections) return Enrolled::full;
    }
    sessions_.emplace(session->id(), session);
    return Enrolled::yes;
}

}  // namespace

int main(int argc, char** argv) {
    bool help = false;
    std::optional<Options> options = parse_options(argc, argv, help);
    if (help) {
        std::cout << usage;
        return 0;
    }
    if (!options) {
        std::cerr << usage;
        return 1;
    }
    std::signal(SIGPIPE, SIG_IGN);  // a vanished log reader must not kill the service

    EventLog log;
    net::io_context ioc(static_cast<int>(options->threads));
    Server server(ioc, *options, log);
    tcp::endpoint bound;
    try {
        bound = server.listen();
    } catch (const std::exception& e) {
        std::cerr << "tailor-service: cannot listen on " << options->address << ":" << options->port << ": "
                  << e.what() << "\n";
        return 1;
    }
    net::signal_set signals(ioc, SIGINT, SIGTERM);
    signals.async_wait([&server](beast::error_code ec, int signal) {
        if (!ec) server.shutdown(signal);
    });
    log.write("listening", "\"address\":" + json_string(bound.address().to_string()) +
                               ",\"port\":" + std::to_string(bound.port()) +
                               ",\"threads\":" + std::to_string(options->threads) +
                               ",\"readTimeoutMs\":" + std::to_string(options->read_timeout.count()) +
                               ",\"maxBodyBytes\":" + std::to_string(max_body_bytes) +
                               ",\"maxConnections\":" + std::to_string(options->max_connections) +
                               ",\"version\":\"" + tailor::version + "\"");
    server.accept();

    std::vector<std::thread> pool;
    for (unsigned i = 1; i < options->threads; ++i) pool.emplace_back([&ioc] { ioc.run(); });
    ioc.run();
    for (auto& t : pool) t.join();
    log.write("stopped", "");
    return 0;
}
