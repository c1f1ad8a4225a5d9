#!/usr/bin/python3
"""Writes seed003-sklearn.json: what scikit-learn's MLPClassifier does on seed 003's made data, for the tests of the
seed003-sklearn demo (Seed003DemosTest). Run offline with Debian 12's python3-sklearn 1.2.1:

    /usr/bin/python3 demos/src/test/resources/dev/chainrule/demos/seeds/seed003_sklearn.py

The data is made as Seed003Data makes it; the first training rows are stored so the test can check that both make
the same points. Each fit records n_iter_, loss_ and the training and test accuracy.
"""
import json
import os
import warnings

import numpy as np
import sklearn
from sklearn.datasets import make_blobs
from sklearn.exceptions import ConvergenceWarning
from sklearn.model_selection import train_test_split
from sklearn.neural_network import MLPClassifier

HERE = os.path.dirname(os.path.abspath(__file__))
CHANGED = dict(learning_rate_init=0.05, n_iter_no_change=100, max_iter=1000)

X, c = make_blobs(n_samples=[50, 100, 50], centers=[[-3, -1.5], [0, 0], [3, 1.5]], cluster_std=0.5, random_state=3)
y = np.array([0, 1, 0])[c]
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.25, stratify=y, random_state=3)

fits = []
for changed, states in ((False, [0]), (True, [0, 1, 2, 3, 4])):
    for state in states:
        for solver in ("lbfgs", "sgd", "adam"):
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", ConvergenceWarning)
                clf = MLPClassifier(hidden_layer_sizes=(2,), activation="logistic", solver=solver, random_state=state,
                                    **(CHANGED if changed else {})).fit(X_train, y_train)
            fits.append({"solver": solver, "changed": changed, "random_state": state, "n_iter": clf.n_iter_,
                         "loss": clf.loss_, "train_accuracy": clf.score(X_train, y_train),
                         "test_accuracy": clf.score(X_test, y_test)})

with open(os.path.join(HERE, "seed003-sklearn.json"), "w") as f:
    json.dump({"versions": {"numpy": np.__version__, "sklearn": sklearn.__version__},
               "x_train_first": X_train[:3].tolist(), "y_train_first": y_train[:3].tolist(),
               "train_size": len(y_train), "test_size": len(y_test), "fits": fits}, f, indent=1)
    f.write("\n")
