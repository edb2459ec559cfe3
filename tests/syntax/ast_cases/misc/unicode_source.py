# -*- coding: utf-8 -*-
# Коментар по-русски, 中文注释, emoji 🐍
greeting = "Привет, мир"
name = "José"
café = "☕"
résumé = {"clé": "valeur", "日本": "東京"}
print(greeting, name, café, résumé)
