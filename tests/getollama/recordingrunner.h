#pragma once

#include "env/processrunner.h"

#include <QHash>
#include <QStringList>

/// Records every program it is asked to run and answers from a script; runs nothing.
class RecordingRunner final : public ogs::ProcessRunner {
public:
    ogs::ProcessResult run(const QString &program, const QStringList &arguments, int) override
    {
        calls << (QStringList { program } + arguments);
        if (!answers.contains(program))
            return ogs::ProcessResult { true, 0, QByteArray() };
        return answers.value(program);
    }
    QList<QStringList> calls;
    QHash<QString, ogs::ProcessResult> answers;
};
