// SPDX-FileCopyrightText: 2026 Continuity contributors
// SPDX-License-Identifier: MIT
#pragma once

#include "model/io/designfile.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThreadPool>
#include <QTimer>

#include <memory>

class QLockFile;

namespace continuity {

class Document;

/// A design left in the autosave folder by a window that did not close cleanly (a crash, a
/// killed process): what the recovery prompt shows and restores.
struct AutosaveEntry {
    /// The slot's id; names its files in the autosave folder.
    QString id;
    /// The autosaved design.
    QString designPath;
    /// The user's file the design was edited from; empty for an untitled design.
    QString originalPath;
    /// The design's display name when it was autosaved.
    QString name;
    /// When it was autosaved (UTC).
    QDateTime savedAt;
    /// The user's file as it was when it was opened or last saved (null when unknown or
    /// untitled), so that a restored design still asks before overwriting a file that changed.
    FileStamp originalStamp;
    /// False when the autosaved design cannot be read; `problem` says why.
    bool readable = true;
    QString problem;
};

/// Keeps a copy of a document's unsaved changes in the autosave folder, so that a crash loses
/// at most the last `intervalSeconds()` of work.
///
/// After an edit, once the document has been quiet for `debounceMs()`, and in any case no later
/// than `intervalSeconds()` after the first edit not yet autosaved, the design is written to
/// this object's own slot (`designPath()`, with a small sidecar holding the original file's
/// path, the design's name and the time), never to the user's file. The UI thread only copies
/// the design; writing it out happens on a worker thread, through a temporary file that
/// replaces the slot's file whole. A document that becomes clean (saved, or undone back to its
/// saved state, or replaced by another design) has its slot removed. While this object lives
/// its slot is locked, so that no other window or process offers it for recovery.
///
/// The slot's files outlive this object: only discard() removes them (the window closed
/// cleanly). Whatever a destroyed window left, pending() lists at the next start.
class Autosave : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultDebounceMs = 2000;
    static constexpr int DefaultIntervalSeconds = 30;

    /// Autosaves `document` into defaultDirectory().
    explicit Autosave(Document *document, QObject *parent = nullptr);
    /// Autosaves `document` into `directory` (created when first needed).
    Autosave(Document *document, const QString &directory, QObject *parent = nullptr);
    /// Waits for a write in progress and releases the slot's lock; keeps the slot's files.
    ~Autosave() override;

    /// The application's data location + "/autosave".
    static QString defaultDirectory();

    QString directory() const { return m_directory; }
    QString id() const { return m_id; }
    /// Where this slot's design is written.
    QString designPath() const;

    /// How long the document must be quiet after an edit before it is autosaved.
    void setDebounceMs(int ms);
    int debounceMs() const { return m_debounceMs; }
    /// The longest time unsaved changes wait for an autosave, however busy the editing;
    /// 0 or less turns autosaving off (and leaves an existing slot as it is).
    void setIntervalSeconds(int seconds);
    int intervalSeconds() const { return m_intervalSeconds; }
    bool isEnabled() const { return m_intervalSeconds > 0; }

    /// The user's file as it was when it was opened or saved; recorded with each autosave.
    void setOriginalStamp(const FileStamp &stamp) { m_originalStamp = stamp; }
    FileStamp originalStamp() const { return m_originalStamp; }

    /// Whether there are changes not yet autosaved (a write is due or under way).
    bool isPending() const;

    /// Writes the design now, on this thread, when the document has unsaved changes (whether
    /// autosaving is on or not). Returns whether the slot now holds the document's design.
    bool saveNow();
    /// Removes the slot's files: the window closed cleanly, or the design was saved. Waits for a
    /// write in progress first, so that it cannot bring them back.
    void discard();
    /// Waits until a write in progress has finished.
    void waitForWrite();

    /// The slots in `directory` that no living window holds, newest first. A slot whose design
    /// cannot be read is listed with `readable` false (and logged); one whose sidecar is missing
    /// or broken is listed as an untitled design. Never throws; reads each design once.
    static QList<AutosaveEntry> pending(const QString &directory = defaultDirectory());
    /// Reads an entry's design.
    static LoadResult load(const AutosaveEntry &entry);
    /// Removes an entry's files. Returns false when one of them could not be removed.
    static bool remove(const AutosaveEntry &entry);

signals:
    /// A write finished and the slot holds the design as it was when the write began.
    void saved(const QString &designPath);
    /// A write failed; `message` names the file and the reason.
    void failed(const QString &message);

private:
    struct Snapshot;

    void noteChange();
    void onModifiedChanged(bool modified);
    void startWrite();
    void writeFinished(quint64 generation, const QString &error);
    Snapshot takeSnapshot() const;
    bool lockSlot();
    static QString writeSnapshot(const Snapshot &snapshot);

    QPointer<Document> m_document;
    QString m_directory;
    QString m_id;
    int m_debounceMs = DefaultDebounceMs;
    int m_intervalSeconds = DefaultIntervalSeconds;
    FileStamp m_originalStamp;
    QTimer m_debounce;
    QTimer m_deadline;
    // One worker, so that writes to the slot happen in the order they were started.
    QThreadPool m_pool;
    std::unique_ptr<QLockFile> m_lock;
    bool m_dirty = false;
    bool m_writing = false;
    bool m_writeAgain = false;
    // Bumped by discard(): a write that finishes afterwards is not reported.
    quint64 m_generation = 0;
};

} // namespace continuity
