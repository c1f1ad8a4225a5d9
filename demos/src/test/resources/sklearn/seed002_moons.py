"""Seed 002, Exercise 2, Task 4 as the sheet writes it, with np.random.seed(42) before its MLP draws its weights.

    python3 demos/src/test/resources/sklearn/seed002_moons.py > demos/src/test/resources/sklearn/seed002_moons.json

(Python 3 with NumPy and scikit-learn 1.2.) The sheet's data, split, 2-10-1 tanh -> sigmoid network with samples as
columns, np.random.randn weights and zero biases, clipped binary cross-entropy and 1000 epochs of full-batch gradient
descent with eta = 0.5; it prints the training loss every 100 epochs (computed before that epoch's update, as the
sheet prints it), the test loss and the test accuracy as JSON: the numbers the seed002-moons demo must reproduce.
"""
import json

import numpy as np
from sklearn.datasets import make_moons
from sklearn.model_selection import train_test_split


def sigmoid(x):
    return 1 / (1 + np.exp(-x))


def binary_cross_entropy(y_hat, y):
    y_hat = np.clip(y_hat, 1e-15, 1 - 1e-15)
    return -np.mean(y * np.log(y_hat) + (1 - y) * np.log(1 - y_hat))


X, y = make_moons(n_samples=500, noise=0.2, random_state=42)
X_train, X_test, y_train, y_test = train_test_split(X, y, test_size=0.3, random_state=42)
X_train, X_test = X_train.T, X_test.T
y_train, y_test = y_train.reshape(1, -1), y_test.reshape(1, -1)

np.random.seed(42)
W0, b0 = np.random.randn(10, 2), np.zeros((10, 1))
W1, b1 = np.random.randn(1, 10), np.zeros((1, 1))

losses = []
for epoch in range(1, 1001):
    z1 = np.tanh(W0 @ X_train + b0)
    y_hat = sigmoid(W1 @ z1 + b1)
    loss = binary_cross_entropy(y_hat, y_train)
    m = y_train.shape[1]
    delta2 = y_hat - y_train
    dW1, db1 = delta2 @ z1.T / m, delta2.sum(axis=1, keepdims=True) / m
    delta1 = (W1.T @ delta2) * (1 - z1 ** 2)
    dW0, db0 = delta1 @ X_train.T / m, delta1.sum(axis=1, keepdims=True) / m
    W0, b0, W1, b1 = W0 - 0.5 * dW0, b0 - 0.5 * db0, W1 - 0.5 * dW1, b1 - 0.5 * db1
    if epoch % 100 == 0:
        losses.append(loss)

y_hat_test = sigmoid(W1 @ np.tanh(W0 @ X_test + b0) + b1)
print(json.dumps({
    "losses_every_100": losses,
    "test_loss": binary_cross_entropy(y_hat_test, y_test),
    "test_accuracy": float(np.mean((y_hat_test > 0.5).astype(int) == y_test)),
}, indent=2))
