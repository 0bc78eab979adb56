// The corpus as JSON, for `entente --dump` and for other tools.
#pragma once

#include "corpus.h"

#include <QJsonObject>

namespace Entente::Json {

QJsonObject toJson(const Corpus& corpus);

} // namespace Entente::Json
