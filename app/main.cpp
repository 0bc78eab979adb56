// Entente: opens the main window, or runs a command-line mode without a display.
#include "articleloader.h"
#include "briefingcommand.h"
#include "commandline.h"
#include "duplicatescommand.h"
#include "exportcommand.h"
#include "importcommand.h"
#include "mainwindow.h"
#include "singleinstance.h"
#include "suggestcommand.h"
#include "testtypist.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <cstdio>
#include <cstdlib>

namespace {

bool wantsCommandLineMode(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--check" || arg == "--dump" || arg == "--plain" || arg == "--help" || arg == "-h"
            || arg == "--version" || arg == "-v")
            return true;
    }
    return false;
}

// The system language by default; --lang overrides it. Qt's own strings come along.
void installTranslations(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto* entente = new QTranslator(&app);
    // Installed translations (share/entente/translations beside bin/) first, so that a packager can
    // update them; else the ones in the executable. English needs only its plural forms ("1 error",
    // "2 errors"); it is also the fallback.
    const QString installed = QCoreApplication::applicationDirPath() + QStringLiteral("/../share/entente/translations");
    if (entente->load(locale, QStringLiteral("entente"), QStringLiteral("_"), installed)
        || entente->load(locale, QStringLiteral("entente"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || entente->load(QStringLiteral("entente_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(entente);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

QString languageArgument(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--lang" && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (arg.startsWith("--lang="))
            return QString::fromLocal8Bit(arg.sliced(7));
    }
    return {};
}

// The window closed: every article was saved or discarded by the analyst, autosave's copies are
// removed and the settings written (MainWindow::closeEvent). Freeing the window, its views and the
// corpus one allocation at a time took over a second at 10,000 articles and changes nothing on disk:
// the process ends here and the system takes its memory back at once. Background work still running
// (a layout, a timeline) only computes what is no longer shown.
[[noreturn]] void endAfterClose(int code, Entente::SingleInstance* instance)
{
    instance->stopListening(); // its socket file goes, as at any ordinary end
    std::fflush(nullptr);
    std::_Exit(code);
}

int run(QCoreApplication& app, bool commandLineMode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Entente: a relationship tracker for analysts."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("paths"),
        QCoreApplication::translate("main", "Article files or folders to open."), QStringLiteral("[FILE|FOLDER...]"));
    const QCommandLineOption check(QStringLiteral("check"),
        QCoreApplication::translate("main", "Validate the files; print file:line:column: error: ... and exit 1 on errors."));
    const QCommandLineOption dump(QStringLiteral("dump"),
        QCoreApplication::translate("main", "Print the corpus (actors, meetings, issues) as JSON."));
    const QCommandLineOption plain(QStringLiteral("plain"),
        QCoreApplication::translate("main", "Print the articles' words without markup."));
    const QCommandLineOption lang(QStringLiteral("lang"),
        QCoreApplication::translate("main", "Use this language (for example de or zh_CN) instead of the system's."),
        QCoreApplication::translate("main", "language"));
    const QCommandLineOption newInstance(QStringLiteral("new-instance"),
        QCoreApplication::translate("main", "Start a separate Entente even when one is running (by default the files go to it)."));
    parser.addOptions({ check, dump, plain, lang, newInstance });
    parser.process(app);

    const QStringList paths = parser.positionalArguments();
    if (commandLineMode) {
        if (int(parser.isSet(check)) + int(parser.isSet(dump)) + int(parser.isSet(plain)) != 1) {
            qCritical("%s", qPrintable(QCoreApplication::translate("main", "entente: use one of --check, --dump or --plain")));
            return 2;
        }
        if (paths.isEmpty()) {
            qCritical("%s", qPrintable(QCoreApplication::translate("main", "entente: name at least one file or folder")));
            return 2;
        }
        if (parser.isSet(check))
            return Entente::CommandLine::check(paths);
        if (parser.isSet(dump))
            return Entente::CommandLine::dump(paths);
        return Entente::CommandLine::plain(paths);
    }

    // Files opened from the file manager go to the Entente that runs already.
    Entente::SingleInstance instance;
    if (!parser.isSet(newInstance)) {
        if (instance.sendToRunning(paths))
            return 0;
        instance.listen();
    }
    Entente::MainWindow window;
    QObject::connect(&instance, &Entente::SingleInstance::pathsReceived, &window, [&window](const QStringList& handed) {
        if (!handed.isEmpty())
            window.startOpening(handed);
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.raise();
        window.activateWindow();
    });
    window.show();
    // After a crash: offer the unsaved changes autosave kept, once the command line's files are open
    // (they open in the background: the window answers while a folder loads).
    Entente::TestTypist* typist = Entente::TestTypist::fromEnvironment(&window); // null but in tests
    if (paths.isEmpty()) {
        window.offerRecovery();
    } else {
        QObject::connect(window.loader(), &Entente::ArticleLoader::finished, &window,
            [&window, typist] {
                window.offerRecovery();
                if (typist)
                    typist->start();
            },
            Qt::SingleShotConnection);
        window.startOpening(paths);
    }
    const int code = app.exec();
    if (!window.isVisible())
        endAfterClose(code, &instance);
    return code;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Entente"));
    QCoreApplication::setApplicationName(QStringLiteral("Entente"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ENTENTE_VERSION));
    if (argc > 1 && (QByteArrayView(argv[1]) == "export" || QByteArrayView(argv[1]) == "briefing")) {
        // Views are widgets, so export needs a QApplication, but never a display.
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        installTranslations(app, languageArgument(argc, argv));
        if (QByteArrayView(argv[1]) == "briefing")
            return Entente::BriefingCommand::run(QApplication::arguments().mid(2));
        return Entente::ExportCommand::run(QApplication::arguments().mid(2));
    }
    if (argc > 1 && QByteArrayView(argv[1]) == "import") {
        QCoreApplication app(argc, argv);
        installTranslations(app, languageArgument(argc, argv));
        return Entente::ImportCommand::run(QCoreApplication::arguments().mid(2));
    }
    if (argc > 1 && QByteArrayView(argv[1]) == "suggest") {
        QCoreApplication app(argc, argv);
        installTranslations(app, languageArgument(argc, argv));
        return Entente::SuggestCommand::run(QCoreApplication::arguments().mid(2));
    }
    if (argc > 1 && QByteArrayView(argv[1]) == "duplicates") {
        QCoreApplication app(argc, argv);
        installTranslations(app, languageArgument(argc, argv));
        return Entente::DuplicatesCommand::run(QCoreApplication::arguments().mid(2));
    }
    const bool commandLineMode = wantsCommandLineMode(argc, argv);
    if (commandLineMode) {
        QCoreApplication app(argc, argv);
        installTranslations(app, languageArgument(argc, argv));
        return run(app, true);
    }
    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Entente"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.entente.Entente")); // resources/desktop
    installTranslations(app, languageArgument(argc, argv));
    return run(app, false);
}
