#include "ui/autosaver.h"

#include "core/document.h"
#include "core/recovery.h"

#include <QGuiApplication>

#include <algorithm>

namespace Hindsight {

Autosaver::Autosaver(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
{
    m_timer.setSingleShot(true);
    setIntervalSeconds(kDefaultIntervalSeconds);
    connect(&m_timer, &QTimer::timeout, this, &Autosaver::saveNow);
    connect(m_document, &Document::changed, this, &Autosaver::documentChanged);
    connect(m_document, &Document::modifiedChanged, this, &Autosaver::documentChanged);
    connect(qGuiApp, &QGuiApplication::applicationStateChanged, this,
            [this](Qt::ApplicationState state) {
                if (state != Qt::ApplicationActive)
                    saveNow();
            });
}

void Autosaver::setIntervalSeconds(int seconds)
{
    m_timer.setInterval(std::clamp(seconds, 1, 3600) * 1000);
}

void Autosaver::documentChanged()
{
    if (!m_document->isModified()) {
        discard();
        return;
    }
    m_pending = true;
    m_timer.start();
}

bool Autosaver::saveNow()
{
    m_timer.stop();
    if (!m_pending || !m_document->isModified())
        return true;
    QString error;
    if (!writeRecoveryCopy(m_document->postmortem(), m_document->filePath(),
                           m_document->suggestedPath(), &error)) {
        Q_EMIT failed(error);
        return false;
    }
    m_pending = false;
    m_hasCopy = true;
    Q_EMIT saved();
    return true;
}

void Autosaver::discard()
{
    m_timer.stop();
    m_pending = false;
    if (m_hasCopy)
        removeRecoveryCopy();
    m_hasCopy = false;
}

} // namespace Hindsight
