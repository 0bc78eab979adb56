// brat standoff into Entente files: every .ann with its .txt beside it (given one by one or found
// in folders) becomes NAME.entente. See bratdocument.h for what becomes a mark and a record.
#pragma once

#include "brattypes.h"
#include "outputfiles.h"

namespace Entente::Exchange::BratImport {

struct Result
{
    QList<OutputFile> files; // relative paths: the .ann's path below the folder given, or its name
    QList<Diagnostic> problems;
    int documents = 0; // .ann files found
    int marks = 0;
};

Result import(const QStringList& paths, const Brat::TypeMap& types);

} // namespace Entente::Exchange::BratImport
