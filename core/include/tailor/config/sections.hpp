// tailor/config/sections.hpp — the table of configuration sections validate.config checks.
//
// Each domain owns some sections and exposes a reader for each
// (`<Section>Config read_<section>_config(section, path, issues)`). To plug a
// section into validate.config, add one row to the table in
// core/src/config/sections.cpp whose function reads the section and returns it
// as JSON with every default filled in. A section absent from the table is an
// unknown_field for validate.config.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <boost/json/value.hpp>

#include "tailor/json/reader.hpp"

namespace tailor::config {

/// Reads one section (nullptr = absent, all defaults) and returns its effective value.
using SectionReadFn = boost::json::value (*)(const boost::json::value* section, const std::string& path,
                                             json::Issues& issues);

struct SectionReader {
    std::string_view name;  ///< key under the config root ("pricing")
    SectionReadFn read;
};

/// Every section this build knows, in the order the effective config lists them.
const std::vector<SectionReader>& section_readers();

}  // namespace tailor::config
