// The corpus as JSON, for `entente --dump` and for other tools.
#pragma once

#include "corpus.h"

#include <QJsonObject>

class QIODevice;

namespace Entente::Json {

QJsonObject toJson(const Corpus& corpus);

// Writes what toJson() holds, as indented JSON, one record at a time (memory: one record, not the
// corpus's tree). False when the device refuses a write.
bool write(const Corpus& corpus, QIODevice* device);

} // namespace Entente::Json
