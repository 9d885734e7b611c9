#include "ui/shell/application.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <QWidget>

#include "core/util/log.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
const auto kLanguageKey = u"ui/language"_s;
const auto kLastUserKey = u"ui/lastUsername"_s;
constexpr auto kQtTranslatorName = "motcuaQtTranslator";
constexpr auto kAppTranslatorName = "motcuaAppTranslator";
} // namespace

AppSettings::AppSettings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
}

AppSettings::~AppSettings() = default;

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}

QString AppSettings::language() const
{
    const QString value = m_settings->value(kLanguageKey).toString().trimmed().toLower();
    return value == QLatin1String(kLanguageEnglish) ? QString::fromLatin1(kLanguageEnglish)
                                                    : QString::fromLatin1(kLanguageVietnamese);
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings->setValue(kLanguageKey, language);
}

QString AppSettings::lastUsername() const
{
    return m_settings->value(kLastUserKey).toString();
}

void AppSettings::setLastUsername(const QString &username)
{
    m_settings->setValue(kLastUserKey, username);
}

QByteArray AppSettings::uiState(const QString &key, const QString &name) const
{
    return m_settings->value(u"ui/"_s + key + u'/' + name).toByteArray();
}

void AppSettings::setUiState(const QString &key, const QString &name, const QByteArray &value)
{
    m_settings->setValue(u"ui/"_s + key + u'/' + name, value);
}

void AppSettings::saveGeometry(const QWidget *widget)
{
    setUiState(widget->objectName(), u"geometry"_s, widget->saveGeometry());
}

void AppSettings::restoreGeometry(QWidget *widget) const
{
    const QByteArray geometry = uiState(widget->objectName(), u"geometry"_s);
    if (!geometry.isEmpty())
        widget->restoreGeometry(geometry);
}

void AppSettings::sync()
{
    m_settings->sync();
}

bool installTranslations(QCoreApplication &app, const QString &language)
{
    static const auto log = Log::get("ui");
    // Qt's own dialogs first (message box buttons, print and page setup, the file chooser): Qt's catalogue, or where
    // the system has none (Qt 6.4 ships no Vietnamese) the one built in; then the application's.
    auto *qtTranslator = new QTranslator(&app);
    qtTranslator->setObjectName(QLatin1String(kQtTranslatorName));
    if (qtTranslator->load(u"qtbase_"_s + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath)) ||
        qtTranslator->load(u":/i18n/qtbase_"_s + language + u".qm"_s))
        QCoreApplication::installTranslator(qtTranslator);
    else
        log->debug("no Qt translation for language {}", language.toStdString());

    auto *appTranslator = new QTranslator(&app);
    appTranslator->setObjectName(QLatin1String(kAppTranslatorName));
    const bool loaded = appTranslator->load(u":/i18n/motcua_"_s + language + u".qm"_s);
    if (loaded)
        QCoreApplication::installTranslator(appTranslator);
    else
        log->warn("could not load the {} translation: the interface stays in English", language.toStdString());
    QLocale::setDefault(
        QLocale(language == QLatin1String(kLanguageEnglish) ? QLocale::English : QLocale::Vietnamese,
                language == QLatin1String(kLanguageEnglish) ? QLocale::UnitedKingdom : QLocale::Vietnam));
    return loaded;
}

void removeTranslations(QCoreApplication &app)
{
    const QList<QTranslator *> translators = app.findChildren<QTranslator *>(Qt::FindDirectChildrenOnly);
    for (QTranslator *t : translators) {
        if (t->objectName() == QLatin1String(kQtTranslatorName) ||
            t->objectName() == QLatin1String(kAppTranslatorName)) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
    }
    QLocale::setDefault(QLocale::c());
}

} // namespace MotCua::Ui
