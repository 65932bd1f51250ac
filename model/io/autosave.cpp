// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#include "model/io/autosave.h"

#include "model/document.h"
#include "model/log.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>
#include <new>

namespace continuity {

namespace {

const QString DesignSuffix = QStringLiteral(".continuity.json");
const QString SidecarSuffix = QStringLiteral(".autosave.json");
const QString LockSuffix = QStringLiteral(".lock");
const QString SidecarFormat = QStringLiteral("continuity-autosave");
// A sidecar holds a path, a name and a time; anything larger is not one.
constexpr qint64 MaxSidecarBytes = 64 * 1024;

// Translated in the "continuity::Autosave" context; lupdate reads the qualified calls.
struct AutosaveText {
    Q_DECLARE_TR_FUNCTIONS(continuity::Autosave)
};

QString slotFile(const QString &directory, const QString &id, const QString &suffix)
{
    return QDir(directory).filePath(id + suffix);
}

QJsonObject stampToJson(const FileStamp &stamp)
{
    if (stamp.isNull())
        return {};
    return QJsonObject{
        { QStringLiteral("modified"), stamp.modified.toString(Qt::ISODateWithMs) },
        { QStringLiteral("size"), QString::number(stamp.size) },
        { QStringLiteral("sha256"), QString::fromLatin1(stamp.sha256.toHex()) },
    };
}

FileStamp stampFromJson(const QJsonObject &object)
{
    FileStamp stamp;
    bool ok = false;
    const qint64 size = object.value(QStringLiteral("size")).toString().toLongLong(&ok);
    const QByteArray hash = QByteArray::fromHex(
        object.value(QStringLiteral("sha256")).toString().toLatin1());
    const QDateTime modified = QDateTime::fromString(
        object.value(QStringLiteral("modified")).toString(), Qt::ISODateWithMs);
    if (!ok || size < 0 || hash.size() != 32 || !modified.isValid())
        return {};
    stamp.size = size;
    stamp.sha256 = hash;
    stamp.modified = modified.toUTC();
    return stamp;
}

// Fills in what the sidecar says; false when there is no usable sidecar.
bool readSidecar(const QString &path, AutosaveEntry *entry)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray bytes = file.read(MaxSidecarBytes + 1);
    if (bytes.size() > MaxSidecarBytes)
        return false;
    const QJsonDocument json = QJsonDocument::fromJson(bytes);
    const QJsonObject object = json.object();
    if (object.value(QStringLiteral("format")).toString() != SidecarFormat)
        return false;
    entry->originalPath = object.value(QStringLiteral("original")).toString();
    entry->name = object.value(QStringLiteral("name")).toString();
    const QDateTime savedAt = QDateTime::fromString(
        object.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
    if (savedAt.isValid())
        entry->savedAt = savedAt.toUTC();
    entry->originalStamp = stampFromJson(object.value(QStringLiteral("originalStamp")).toObject());
    return true;
}

} // namespace

struct Autosave::Snapshot {
    QString directory;
    QString id;
    Design design;
    QString originalPath;
    QString name;
    QDateTime savedAt;
    FileStamp originalStamp;
};

Autosave::Autosave(Document *document, QObject *parent)
    : Autosave(document, defaultDirectory(), parent)
{
}

Autosave::Autosave(Document *document, const QString &directory, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_directory(directory)
    , m_id(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    m_pool.setMaxThreadCount(1);
    m_debounce.setSingleShot(true);
    m_deadline.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &Autosave::startWrite);
    connect(&m_deadline, &QTimer::timeout, this, &Autosave::startWrite);
    connect(document->undoStack(), &QUndoStack::indexChanged, this, &Autosave::noteChange);
    connect(document, &Document::modifiedChanged, this, &Autosave::onModifiedChanged);
}

Autosave::~Autosave()
{
    m_pool.waitForDone();
}

QString Autosave::defaultDirectory()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("autosave"));
}

QString Autosave::designPath() const { return slotFile(m_directory, m_id, DesignSuffix); }

void Autosave::setDebounceMs(int ms) { m_debounceMs = std::max(0, ms); }

void Autosave::setIntervalSeconds(int seconds)
{
    m_intervalSeconds = seconds;
    if (!isEnabled()) {
        m_debounce.stop();
        m_deadline.stop();
    } else if (m_dirty && !m_deadline.isActive()) {
        m_deadline.start(m_intervalSeconds * 1000);
    }
}

bool Autosave::isPending() const { return m_dirty || m_writing; }

void Autosave::noteChange()
{
    if (!m_document || !m_document->isModified())
        return;
    m_dirty = true;
    if (!isEnabled())
        return;
    m_debounce.start(m_debounceMs);
    // Not restarted by later edits: a long busy stretch is still saved in time.
    if (!m_deadline.isActive())
        m_deadline.start(m_intervalSeconds * 1000);
}

void Autosave::onModifiedChanged(bool modified)
{
    if (modified)
        noteChange();
    else
        discard();
}

Autosave::Snapshot Autosave::takeSnapshot() const
{
    Snapshot s;
    s.directory = m_directory;
    s.id = m_id;
    s.design = m_document->design();
    s.originalPath = m_document->fileName();
    s.name = m_document->displayName();
    s.savedAt = QDateTime::currentDateTimeUtc();
    s.originalStamp = m_originalStamp;
    return s;
}

bool Autosave::lockSlot()
{
    if (m_lock)
        return true;
    if (!QDir().mkpath(m_directory))
        return false;
    auto lock = std::make_unique<QLockFile>(slotFile(m_directory, m_id, LockSuffix));
    // Only a lock whose process is gone is stale, however long the window has been open.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0))
        return false;
    m_lock = std::move(lock);
    return true;
}

QString Autosave::writeSnapshot(const Snapshot &s)
{
    QString reason;
    try {
        if (!QDir().mkpath(s.directory))
            return AutosaveText::tr("the folder %1 cannot be made").arg(QDir::toNativeSeparators(s.directory));
        const QString designPath = slotFile(s.directory, s.id, DesignSuffix);
        if (!writeFileWhole(designPath, writeDesign(s.design), &reason))
            return AutosaveText::tr("%1 could not be written: %2")
                .arg(QDir::toNativeSeparators(designPath), reason);
        const QJsonObject sidecar{
            { QStringLiteral("format"), SidecarFormat },
            { QStringLiteral("version"), 1 },
            { QStringLiteral("original"), s.originalPath },
            { QStringLiteral("name"), s.name },
            { QStringLiteral("savedAt"), s.savedAt.toString(Qt::ISODateWithMs) },
            { QStringLiteral("originalStamp"), stampToJson(s.originalStamp) },
        };
        const QString sidecarPath = slotFile(s.directory, s.id, SidecarSuffix);
        if (!writeFileWhole(sidecarPath, QJsonDocument(sidecar).toJson(), &reason))
            return AutosaveText::tr("%1 could not be written: %2")
                .arg(QDir::toNativeSeparators(sidecarPath), reason);
    } catch (const std::bad_alloc &) {
        return AutosaveText::tr("there is not enough memory to autosave the design");
    }
    return {};
}

void Autosave::startWrite()
{
    m_debounce.stop();
    m_deadline.stop();
    if (!m_document || !m_document->isModified() || !m_dirty)
        return;
    if (m_writing) {
        m_writeAgain = true;
        return;
    }
    lockSlot();
    m_dirty = false;
    m_writing = true;
    // The copy is the only part on this thread: the design's strings are shared, not copied,
    // and serialising and writing (the slow parts) happen on the worker.
    auto snapshot = std::make_shared<Snapshot>(takeSnapshot());
    const quint64 generation = m_generation;
    // The destructor waits for the worker, so `this` outlives the task; the report is queued to
    // this object's thread.
    m_pool.start([this, snapshot, generation] {
        const QString error = writeSnapshot(*snapshot);
        QMetaObject::invokeMethod(
            this, [this, generation, error] { writeFinished(generation, error); },
            Qt::QueuedConnection);
    });
}

void Autosave::writeFinished(quint64 generation, const QString &error)
{
    if (generation != m_generation)
        return;
    m_writing = false;
    if (error.isEmpty()) {
        emit saved(designPath());
    } else {
        log::get("io")->warn("Autosave failed: {}", error.toStdString());
        emit failed(error);
    }
    if (m_writeAgain) {
        m_writeAgain = false;
        startWrite();
    }
}

bool Autosave::saveNow()
{
    if (!m_document || !m_document->isModified())
        return false;
    waitForWrite();
    m_debounce.stop();
    m_deadline.stop();
    lockSlot();
    const QString error = writeSnapshot(takeSnapshot());
    m_dirty = false;
    if (!error.isEmpty()) {
        log::get("io")->warn("Autosave failed: {}", error.toStdString());
        emit failed(error);
        return false;
    }
    emit saved(designPath());
    return true;
}

void Autosave::waitForWrite()
{
    m_pool.waitForDone();
    if (m_writing) {
        // The worker's report is still queued: take it as done now, and ignore it later.
        m_writing = false;
        ++m_generation;
        m_writeAgain = false;
    }
}

void Autosave::discard()
{
    waitForWrite();
    ++m_generation;
    m_debounce.stop();
    m_deadline.stop();
    m_dirty = false;
    m_writeAgain = false;
    QFile::remove(slotFile(m_directory, m_id, DesignSuffix));
    QFile::remove(slotFile(m_directory, m_id, SidecarSuffix));
    m_lock.reset();
}

QList<AutosaveEntry> Autosave::pending(const QString &directory)
{
    QList<AutosaveEntry> entries;
    const QDir dir(directory);
    if (!dir.exists())
        return entries;
    QStringList ids;
    const QStringList files = dir.entryList(
        { QStringLiteral("*") + DesignSuffix, QStringLiteral("*") + SidecarSuffix }, QDir::Files);
    for (const QString &file : files) {
        const QString id = file.endsWith(DesignSuffix) ? file.chopped(DesignSuffix.size())
                                                        : file.chopped(SidecarSuffix.size());
        if (!id.isEmpty() && !ids.contains(id))
            ids << id;
    }
    const auto logger = log::get("io");
    for (const QString &id : std::as_const(ids)) {
        {
            // A slot whose lock is held belongs to a window that is still open.
            QLockFile lock(slotFile(directory, id, LockSuffix));
            lock.setStaleLockTime(0);
            if (!lock.tryLock(0))
                continue;
        }
        AutosaveEntry entry;
        entry.id = id;
        entry.designPath = slotFile(directory, id, DesignSuffix);
        const QString sidecar = slotFile(directory, id, SidecarSuffix);
        if (!readSidecar(sidecar, &entry))
            logger->warn("Autosave {} has no readable description", sidecar.toStdString());
        if (!entry.savedAt.isValid())
            entry.savedAt = QFileInfo(entry.designPath).lastModified().toUTC();
        if (!QFileInfo(entry.designPath).isFile()) {
            entry.readable = false;
            entry.problem = AutosaveText::tr("The autosaved design is missing.");
        } else {
            const LoadResult loaded = loadDesignFile(entry.designPath);
            if (!loaded.ok()) {
                entry.readable = false;
                entry.problem = loaded.error.message;
            } else if (entry.name.isEmpty()) {
                entry.name = loaded.design->name;
            }
        }
        if (!entry.readable)
            logger->warn("Autosave {} cannot be restored: {}", entry.designPath.toStdString(),
                         entry.problem.toStdString());
        entries << entry;
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const AutosaveEntry &a, const AutosaveEntry &b) {
                         return a.savedAt > b.savedAt;
                     });
    return entries;
}

LoadResult Autosave::load(const AutosaveEntry &entry) { return loadDesignFile(entry.designPath); }

bool Autosave::remove(const AutosaveEntry &entry)
{
    const QDir dir = QFileInfo(entry.designPath).dir();
    bool ok = true;
    for (const QString &suffix : { DesignSuffix, SidecarSuffix }) {
        const QString path = dir.filePath(entry.id + suffix);
        if (QFileInfo::exists(path) && !QFile::remove(path))
            ok = false;
    }
    // A lock left by a process that is gone.
    QFile::remove(dir.filePath(entry.id + LockSuffix));
    return ok;
}

} // namespace continuity
