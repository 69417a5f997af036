// Escaping for the formats that are not JSON (nlohmann::json escapes that): GitHub workflow
// commands, XML and URIs. Private to report/; tested in tests/report/escape_test.cpp.
#pragma once

#include <string>
#include <string_view>

namespace finlint::report {

// GitHub workflow commands (`::error file=…,line=…::message`), as @actions/core escapes them.
// The message: % → %25, CR → %0D, LF → %0A, so a message of several lines stays one command.
std::string GithubData(std::string_view s);
// A property value (file=, title=): the same and also : → %3A and , → %2C, which would
// otherwise end the value.
std::string GithubProperty(std::string_view s);

// XML 1.0 character data: & < > escaped; CR as &#13; (a parser would turn a raw one into LF).
// Bytes that are not UTF-8 and characters XML 1.0 forbids (controls other than tab, LF and
// CR; U+FFFE, U+FFFF) become U+FFFD, so the document always stays well-formed.
std::string XmlText(std::string_view s);
// An attribute value in double quotes: as XmlText, and also " ' and tab, LF, CR as character
// references, which attribute-value normalization would otherwise turn into spaces.
std::string XmlAttribute(std::string_view s);

// A path as a URI path (RFC 3986): bytes other than unreserved characters and '/' are
// percent-encoded (a Chinese file name as its UTF-8 bytes: 文 → %E6%96%87).
std::string UriPath(std::string_view path);

}  // namespace finlint::report
