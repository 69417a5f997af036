// The HTML page's style, scripts and the serve page's body (src/finlint/report/assets/),
// compiled in by cmake/embed_assets.cmake so that a report needs no file beside it. Private
// to report/.
#pragma once

#include <string_view>

namespace finlint::report {

struct Asset {
  std::string_view text;
  std::string_view csp_source;  // 'sha256-…' of `text`, for a Content-Security-Policy
};

extern const Asset kPageCss;    // page.css: the look of the report and the serve page
extern const Asset kViewJs;     // view.js: the pop-over of a marked span's findings
extern const Asset kServeJs;    // serve.js: the serve page's editor, checks and rewrites
extern const Asset kServeBody;  // serve.html: the serve page's editor, above the view

}  // namespace finlint::report
