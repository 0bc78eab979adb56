// The text of a briefing as HTML: the title page, the table of the period's meetings and the source
// sentences of every meeting and status change, with the articles they come from. Qt's rich text
// lays the same HTML out for the PDF; the HTML file wraps it with the figures as inline SVG.
#pragma once

#include "briefingdata.h"
#include "sources.h"

#include <functional>

namespace Entente::BriefingHtml {

QString period(const Exchange::BriefingData& data); // "12 July 2023 – 31 July 2023", in the UI language
QString titleSection(const Corpus& corpus, const Exchange::BriefingData& data,
                     const Exchange::Sources& sources, const QString& title);
QString meetingsSection(const Corpus& corpus, const Exchange::BriefingData& data,
                        const Exchange::Sources& sources);
QString sourcesSection(const Corpus& corpus, const Exchange::BriefingData& data,
                       const Exchange::Sources& sources);
// The same sections piece by piece, for an HTML file written as it is made.
using Sink = std::function<void(const QString& piece)>;
void titleSection(const Corpus& corpus, const Exchange::BriefingData& data, const Exchange::Sources& sources,
                  const QString& title, const Sink& write);
void meetingsSection(const Corpus& corpus, const Exchange::BriefingData& data,
                     const Exchange::Sources& sources, const Sink& write);
void sourcesSection(const Corpus& corpus, const Exchange::BriefingData& data,
                    const Exchange::Sources& sources, const Sink& write);
// Styles both Qt's rich text and browsers understand.
QString styleSheet();

} // namespace Entente::BriefingHtml
