// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

/// libFuzzer's entry point: every harness in this folder defines it. With clang's libFuzzer it is
/// driven by coverage-guided mutation; in an ordinary build replaymain.cpp feeds it the seed
/// corpus and the inputs that once crashed it, so the harnesses build and replay in every suite.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

namespace Casebook::Fuzz {

[[nodiscard]] inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// A QCoreApplication for code that loads plugins (SQL drivers, codecs); made once.
void ensureApplication();

} // namespace Casebook::Fuzz
