#!/usr/bin/python3
"""Labels benchmark peers (issue 5): the fastText command line with its default settings and
scikit-learn's LinearSVC on TF-IDF, on the session split bench/classify.sh cuts from UPR Info's
export, scored as `rightstrack classify eval` scores (micro and macro F1 of the issues, macro over
the labels in the truth or the suggestions; accuracy and macro F1 of the action category).
Recommendations made jointly by several States are one row each per State in the export and
count once here, as the rightstrack reader merges them. Prints one JSON object per peer."""

import csv
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def recommendations(path):
    """(text, issues, category) once per recommendation: rows of one review with the same text
    and labels are one recommendation made by several States."""
    seen, out = set(), []
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            issues = tuple(sorted(i.strip() for i in row["issues"].split("|") if i.strip()))
            key = (row["session"], row["state_under_review"], " ".join(row["text"].split()),
                   row["response"], row["action_category"], issues)
            if key in seen:
                continue
            seen.add(key)
            category = int(row["action_category"]) if row["action_category"].strip() else 0
            out.append((row["text"], list(issues), category))
    return out


def fasttext_words(text):
    """fastText's own advice: lower case, punctuation apart from words."""
    return " ".join(re.findall(r"\w+|[^\w\s]", text.lower()))


def label_token(name):
    return "__label__" + name.replace(" ", "_")


def f1(true_positives, false_positives, false_negatives):
    denominator = 2 * true_positives + false_positives + false_negatives
    return 2 * true_positives / denominator if denominator else 0.0


def scores(truth, suggested):
    counts = {}
    for t, s in zip(truth, suggested):
        for label in set(t) | set(s):
            c = counts.setdefault(label, [0, 0, 0])
            c[0] += label in t and label in s
            c[1] += label in s and label not in t
            c[2] += label in t and label not in s
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    return {"micro_f1": f1(*total),
            "macro_f1": sum(f1(*c) for c in counts.values()) / len(counts) if counts else 0.0}


def category_scores(truth, suggested):
    pairs = [(t, s) for t, s in zip(truth, suggested) if t]
    accuracy = sum(t == s for t, s in pairs) / len(pairs)
    macro = scores([[t] for t, _ in pairs], [[s] for _, s in pairs])["macro_f1"]
    return {"accuracy": accuracy, "macro_f1": macro}


def run_fasttext(train, test, folder):
    """Defaults throughout, except one-vs-all loss for the issues, which are several per text
    (softmax would spread one probability over them); an issue is suggested above 0.5."""
    def write(name, rows, labels_of):
        path = folder / name
        with open(path, "w", encoding="utf-8") as f:
            for text, issues, category in rows:
                labels = labels_of(issues, category)
                if labels:
                    f.write(" ".join(labels) + " " + fasttext_words(text) + "\n")
        return path

    issues_of = lambda issues, _: [label_token(i) for i in issues]
    category_of = lambda _, category: [label_token(str(category))] if category else []
    start = time.process_time()
    started = time.time()
    issue_model, category_model = folder / "issues", folder / "category"
    subprocess.run(["fasttext", "supervised", "-input", write("issues.txt", train, issues_of),
                    "-output", issue_model, "-loss", "ova", "-thread", "1"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run(["fasttext", "supervised", "-input", write("category.txt", train, category_of),
                    "-output", category_model, "-thread", "1"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seconds = time.time() - started
    texts = folder / "test.txt"
    texts.write_text("".join(fasttext_words(t) + "\n" for t, _, _ in test), encoding="utf-8")

    def predict(model, k, threshold):
        out = subprocess.run(["fasttext", "predict", f"{model}.bin", texts, str(k), str(threshold)],
                             check=True, capture_output=True, text=True).stdout.splitlines()
        return [[label[len("__label__"):].replace("_", " ") for label in line.split()]
                for line in out]

    issues = predict(issue_model, -1, 0.5)
    categories = [int(p[0]) if p else 0 for p in predict(category_model, 1, 0.0)]
    return {"method": "fasttext command line (defaults; ova for issues, threshold 0.5)",
            "issues": scores([i for _, i, _ in test], issues),
            "action_category": category_scores([c for _, _, c in test], categories),
            "train_seconds": seconds}


def run_linear_svc(train, test):
    """TF-IDF of words and word pairs, LinearSVC with its defaults, one per issue."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.multiclass import OneVsRestClassifier
    from sklearn.preprocessing import MultiLabelBinarizer
    from sklearn.svm import LinearSVC

    started = time.time()
    vectorizer = TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)
    x_train = vectorizer.fit_transform([t for t, _, _ in train])
    x_test = vectorizer.transform([t for t, _, _ in test])
    with_issues = [i for i, (_, issues, _) in enumerate(train) if issues]
    binarizer = MultiLabelBinarizer()
    y = binarizer.fit_transform([train[i][1] for i in with_issues])
    issue_model = OneVsRestClassifier(LinearSVC()).fit(x_train[with_issues], y)
    with_category = [i for i, (_, _, c) in enumerate(train) if c]
    category_model = LinearSVC().fit(x_train[with_category], [train[i][2] for i in with_category])
    seconds = time.time() - started
    issues = [list(labels) for labels in binarizer.inverse_transform(issue_model.predict(x_test))]
    categories = list(category_model.predict(x_test))
    return {"method": "scikit-learn LinearSVC on TF-IDF (words and pairs)",
            "issues": scores([i for _, i, _ in test], issues),
            "action_category": category_scores([c for _, _, c in test], categories),
            "train_seconds": seconds}


def main():
    train, test = recommendations(sys.argv[1]), recommendations(sys.argv[2])
    with tempfile.TemporaryDirectory() as folder:
        print(json.dumps(run_fasttext(train, test, Path(folder))))
    print(json.dumps(run_linear_svc(train, test)))


if __name__ == "__main__":
    main()
