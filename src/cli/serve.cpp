// `finlint serve`: the local web page where a compliance officer pastes copy and sees the
// html report's view of it, and the JSON API it uses (docs/cli.md#finlint-serve), served by
// cpp-httplib on 127.0.0.1 only; linked into finlint-serve alone (serve_args.cpp). Rules load
// once at start-up. cpp-httplib answers on a pool of threads and a Linter's scratch state (its
// ICU word iterator) is not thread-safe, so each request checks with its own Linter::Clone():
// a clone shares the immutable rules and scanner and costs one iterator clone, where a mutex
// would let one check at a time run.
#include <httplib.h>
#include <pthread.h>
#include <signal.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <thread>

#include "cli.h"
#include "finlint/decode/decode.h"
#include "finlint/report/fingerprint.h"
#include "finlint/report/fix.h"
#include "finlint/report/html.h"
#include "session.h"

namespace finlint::cli {

namespace {

constexpr size_t kMaxBody = 1 << 20;  // 1 MiB: far more than any post, far less than memory
constexpr const char* kDefaultName = "<text>";
constexpr const char* kTooBig = "the body is larger than 1 MiB; check a shorter text";

// An answer that is an error: its status and what to say.
struct Refusal {
  int status;
  std::string message;
};

// What a request to /api/check or /api/fix carries.
struct Submission {
  std::string text;
  std::string filename = kDefaultName;
  std::optional<std::string> fingerprint;  // /api/fix: the finding whose rewrite to apply
  bool view = false;                       // ?view=html: the html view too (the page's)
};

void Answer(httplib::Response& res, int status, const nlohmann::ordered_json& body) {
  res.status = status;
  res.set_content(
      body.dump(-1, ' ', /*ensure_ascii=*/false, nlohmann::json::error_handler_t::replace) + "\n",
      "application/json; charset=utf-8");
}

void Refuse(httplib::Response& res, const Refusal& r) {
  Answer(res, r.status, {{"error", r.message}});
}

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::string Trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t"), e = s.find_last_not_of(" \t");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// The media type of a Content-Type header ("application/json"), or a refusal when its
// charset is not UTF-8.
std::optional<Refusal> MediaType(const std::string& header, std::string* media) {
  std::string value = Lower(header);
  size_t semi = value.find(';');
  *media = Trim(value.substr(0, semi));
  for (size_t at = semi; at != std::string::npos;) {
    size_t next = value.find(';', at + 1);
    std::string param =
        Trim(value.substr(at + 1, next == std::string::npos ? next : next - at - 1));
    if (param.rfind("charset=", 0) == 0) {
      std::string charset = param.substr(8);
      if (charset.size() >= 2 && charset.front() == '"')
        charset = charset.substr(1, charset.size() - 2);
      if (charset != "utf-8" && charset != "utf8") {
        return Refusal{415, "the body must be UTF-8, not charset=" + charset};
      }
    }
    at = next;
  }
  return std::nullopt;
}

std::optional<Refusal> CheckUtf8(const std::string& s, const char* what) {
  size_t bad = decode::FindInvalidUtf8(s);
  if (bad == std::string::npos) return std::nullopt;
  return Refusal{400, std::string(what) + " is not valid UTF-8 (byte " + std::to_string(bad) +
                          " of it); send UTF-8 text"};
}

// Reads the fields of a JSON body: text (required), filename and fingerprint (optional).
std::optional<Refusal> ReadJson(const std::string& body, Submission* s) {
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(body);
  } catch (const nlohmann::json::exception& e) {
    return Refusal{400, std::string("the body is not valid JSON: ") + e.what()};
  }
  if (!j.is_object()) return Refusal{400, "the JSON body must be an object: {\"text\": …}"};
  for (const auto& [key, value] : j.items()) {
    if (key != "text" && key != "filename" && key != "fingerprint") {
      return Refusal{400,
                     "unknown field '" + key + "' (the fields are text, filename, fingerprint)"};
    }
    if (!value.is_string()) return Refusal{400, "the field '" + key + "' must be a string"};
  }
  if (!j.contains("text")) return Refusal{400, "the JSON body has no \"text\" field"};
  s->text = j["text"].get<std::string>();
  if (j.contains("filename")) s->filename = j["filename"].get<std::string>();
  if (j.contains("fingerprint")) s->fingerprint = j["fingerprint"].get<std::string>();
  return std::nullopt;
}

// Reads a request's body (text/plain or JSON) and query into `s`.
std::optional<Refusal> ReadSubmission(const httplib::Request& req, const std::string& body,
                                      Submission* s) {
  std::string media;
  if (auto bad = MediaType(req.get_header_value("Content-Type"), &media)) return bad;
  if (media == "application/json") {
    if (auto bad = ReadJson(body, s)) return bad;
  } else if (media == "text/plain") {
    if (auto bad = CheckUtf8(body, "the body")) return bad;
    s->text = body;
    if (req.has_param("filename")) s->filename = req.get_param_value("filename");
    if (req.has_param("fingerprint")) s->fingerprint = req.get_param_value("fingerprint");
  } else {
    return Refusal{415, "send the text as Content-Type text/plain or application/json, not '" +
                            (media.empty() ? std::string("(none)") : media) + "'"};
  }
  if (s->filename.empty()) s->filename = kDefaultName;
  if (auto bad = CheckUtf8(s->filename, "the filename")) return bad;
  std::string view = req.get_param_value("view");
  if (!view.empty() && view != "html") return Refusal{400, "view=" + view + ": only view=html"};
  s->view = view == "html";
  return std::nullopt;
}

// Reads the body through `reader`, at most kMaxBody bytes. A longer Content-Length makes
// cpp-httplib skip the body (keeping the connection in step) and the reader fail; a longer
// chunked body stops the reader here.
std::optional<Refusal> ReadBody(const httplib::Request& req, const httplib::ContentReader& reader,
                                std::string* body) {
  bool too_big = false;
  bool ok = reader([&](const char* data, size_t n) {
    if (body->size() + n > kMaxBody) {
      too_big = true;
      return false;
    }
    body->append(data, n);
    return true;
  });
  if (too_big || req.get_header_value<uint64_t>("Content-Length") > kMaxBody) {
    return Refusal{413, kTooBig};
  }
  if (!ok) return Refusal{400, "the body could not be read"};
  return std::nullopt;
}

class Server {
 public:
  Server(const Linter& linter, report::Options options)
      : linter_(linter), options_(std::move(options)) {}

  void Route(httplib::Server* http) {
    http->Get("/", [this](const httplib::Request&, httplib::Response& res) {
      res.set_header("Content-Security-Policy", report::ServePolicy());
      res.set_header("X-Frame-Options", "DENY");
      res.set_content(page_, "text/html; charset=utf-8");
    });
    http->Post("/api/check", [this](const httplib::Request& req, httplib::Response& res,
                                    const httplib::ContentReader& reader) {
      Submission s;
      if (auto bad = Receive(req, reader, &s)) return Refuse(res, *bad);
      Check(s, res);
    });
    http->Post("/api/fix", [this](const httplib::Request& req, httplib::Response& res,
                                  const httplib::ContentReader& reader) {
      Submission s;
      if (auto bad = Receive(req, reader, &s)) return Refuse(res, *bad);
      Fix(s, res);
    });
  }

 private:
  std::optional<Refusal> Receive(const httplib::Request& req, const httplib::ContentReader& reader,
                                 Submission* s) {
    std::string body;
    if (auto bad = ReadBody(req, reader, &body)) return bad;
    return ReadSubmission(req, body, s);
  }

  // Lints the submitted text as a file called s.filename would be, UTF-8 only.
  std::optional<Refusal> Lint(const Submission& s, FileReport* r) const {
    r->path = s.filename;
    r->bytes = s.text;
    InputOptions input;
    input.type = extract::TypeForPath(s.filename);
    input.encoding = decode::Encoding::kUtf8;
    Linter linter = linter_.Clone();
    linter.Check(input, r);
    if (!r->error.empty()) return Refusal{422, r->error};
    report::AssignFingerprints(r);
    return std::nullopt;
  }

  void Check(const Submission& s, httplib::Response& res) const {
    report::Run run;
    run.files.emplace_back();
    if (auto bad = Lint(s, &run.files[0])) return Refuse(res, *bad);
    std::ostringstream contract;
    report::WriteJson(run, options_, contract);
    nlohmann::ordered_json answer = nlohmann::ordered_json::parse(contract.str());
    if (s.view) {
      report::Options view = options_;
      view.fix_buttons = true;
      std::ostringstream html;
      report::WriteHtmlView(run, view, html);
      answer["html"] = html.str();
    }
    Answer(res, 200, answer);
  }

  void Fix(const Submission& s, httplib::Response& res) const {
    FileReport r;
    if (auto bad = Lint(s, &r)) return Refuse(res, *bad);
    extract::InputType type = extract::TypeForPath(s.filename);
    std::string fixed;
    int applied = 0;
    if (s.fingerprint) {
      const Finding* chosen = nullptr;
      for (const Finding& f : r.findings) {
        if (f.fingerprint == *s.fingerprint) chosen = &f;
      }
      if (chosen == nullptr) {
        return Refuse(res, {409, "no finding " + *s.fingerprint +
                                     " in this text; it has changed since it was checked"});
      }
      if (report::SafeFix(r, *chosen, type) == nullptr) {
        return Refuse(res, {409, "the finding " + *s.fingerprint + " (" + chosen->rule->id +
                                     ") has no safe rewrite; it needs a person"});
      }
      std::vector<std::string> appended;
      applied = report::ApplyFixes(r, type, &appended, &fixed, [&](const Finding& f) {
        return f.fingerprint == *s.fingerprint;
      });
    } else {
      applied = report::FixAll(&r, type, [&](FileReport* again) {
        Linter linter = linter_.Clone();
        InputOptions input;
        input.type = type;
        input.encoding = decode::Encoding::kUtf8;
        linter.Check(input, again);
        report::AssignFingerprints(again);
      });
      if (!r.error.empty())
        return Refuse(res, {500, "a rewrite made the text unreadable: " + r.error});
      fixed = r.bytes;
    }
    Answer(res, 200, {{"text", fixed}, {"applied", applied}});
  }

  const Linter& linter_;
  report::Options options_;
  std::string page_ = report::ServePage(options_);
};

// The one page and the API's two endpoints, and the methods each takes.
struct Endpoint {
  const char* path;
  const char* method;
};
constexpr Endpoint kEndpoints[] = {{"/", "GET"}, {"/api/check", "POST"}, {"/api/fix", "POST"}};

// Refuses, before any body is read, requests for another host (a DNS-rebinding page must not
// reach this server under its own name), for paths that do not exist and with methods an
// endpoint does not take.
httplib::Server::HandlerResponse Gate(const httplib::Request& req, httplib::Response& res,
                                      int port) {
  std::string host = Lower(req.get_header_value("Host"));
  std::string p = ":" + std::to_string(port);
  if (host != "127.0.0.1" + p && host != "localhost" + p && host != "127.0.0.1" &&
      host != "localhost") {
    Refuse(res, {403, "this server answers only to http://127.0.0.1" + p + "/, not to host '" +
                          host + "'"});
  } else {
    const Endpoint* found = nullptr;
    for (const Endpoint& e : kEndpoints) {
      if (req.path == e.path) found = &e;
    }
    bool head = req.method == "HEAD" && found != nullptr && std::string(found->method) == "GET";
    if (found == nullptr) {
      Refuse(res, {404, "no such page: " + req.path + " (the page is /; the API is POST " +
                            "/api/check and POST /api/fix)"});
    } else if (req.method != found->method && !head) {
      res.set_header("Allow", found->method);
      Refuse(res, {405, req.method + " is not allowed on " + req.path + "; use " + found->method});
    } else {
      return httplib::Server::HandlerResponse::Unhandled;
    }
  }
  // A body that will not be read would be taken for the next request: close after answering.
  res.set_header("Connection", "close");
  return httplib::Server::HandlerResponse::Handled;
}

}  // namespace

int RunServe(const ServeArgs& a) {
  // SIGINT and SIGTERM are taken by a thread of their own (sigwait), which stops the server;
  // blocked here, before any thread starts, so that every thread inherits the mask.
  // A shell without job control starts `finlint serve &` with SIGINT ignored, and an ignored
  // signal never reaches sigwait: take both back to their default first.
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  for (int s : {SIGINT, SIGTERM}) {
    sigaddset(&stop_signals, s);
    signal(s, SIG_DFL);
  }
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  Session session(a.input);
  const Linter* linter = session.LinterForText();
  if (linter == nullptr) return kExitError;
  report::Options options;
  options.version = FINLINT_VERSION;
  Server server(*linter, options);

  httplib::Server http;
  // cpp-httplib's default socket options set SO_REUSEPORT, which would let a second server
  // take the same port without an error; SO_REUSEADDR alone allows a quick restart.
  http.set_socket_options([](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
  });
  http.set_payload_max_length(kMaxBody);  // a larger Content-Length: 413, its body skipped
  http.set_default_headers({{"X-Content-Type-Options", "nosniff"},
                            {"Referrer-Policy", "no-referrer"},
                            {"Cache-Control", "no-store"}});
  int port = a.port;
  http.set_pre_routing_handler([&port](const httplib::Request& req, httplib::Response& res) {
    return Gate(req, res, port);
  });
  http.set_expect_100_continue_handler([](const httplib::Request& req, httplib::Response& res) {
    if (req.get_header_value<uint64_t>("Content-Length") <= kMaxBody) return 100;
    Refuse(res, {413, kTooBig});
    return 413;
  });
  server.Route(&http);
  http.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (!res.body.empty()) return;
    std::string what = res.status == 413 ? kTooBig
                                         : "the request could not be read (HTTP " +
                                               std::to_string(res.status) + ")";
    Refuse(res, {res.status, what});
  });
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
        std::string what = "unknown exception";
        try {
          std::rethrow_exception(ep);
        } catch (const std::exception& e) {
          what = e.what();
        } catch (...) {
        }
        Refuse(res, {500, "internal error (a bug, please report it): " + what});
      });

  if (port == 0) {
    port = http.bind_to_any_port("127.0.0.1");
  } else if (!http.bind_to_port("127.0.0.1", port)) {
    port = -1;
  }
  if (port < 0) {
    std::cerr << "finlint serve: cannot listen on 127.0.0.1:" << a.port
              << " (is the port in use? choose another with --port N, or --port 0 for a free "
                 "one)\n";
    return kExitError;
  }
  std::cout << "finlint serve: http://127.0.0.1:" << port << "/" << std::endl;
  std::cerr << "finlint serve: " << linter->rules().rules.size()
            << " rules loaded; press Ctrl-C to stop\n";

  std::atomic<bool> listening_done{false};
  std::thread waiter([&] {
    int sig = 0;
    sigwait(&stop_signals, &sig);
    if (listening_done) return;  // woken by the main thread below
    // stop() does nothing until the accept loop runs; it starts at once after binding.
    while (!http.is_running() && !listening_done) {
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    std::cerr << "finlint serve: stopping (" << (sig == SIGINT ? "SIGINT" : "SIGTERM") << ")\n";
    http.stop();
  });
  bool ok = http.listen_after_bind();
  listening_done = true;
  pthread_kill(waiter.native_handle(), SIGTERM);  // wakes it if no signal came
  waiter.join();
  if (!ok) {
    std::cerr << "finlint serve: the server stopped on an error\n";
    return kExitError;
  }
  return kExitClean;
}

}  // namespace finlint::cli
