# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT

# The validator and the graph view of a design it shares with the estimator and the simulator.
target_sources(continuity_model PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/../graph.h ${CMAKE_CURRENT_LIST_DIR}/../graph.cpp
    ${CMAKE_CURRENT_LIST_DIR}/finding.h
    ${CMAKE_CURRENT_LIST_DIR}/validator.h ${CMAKE_CURRENT_LIST_DIR}/validator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/livevalidator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rulekit.h
    ${CMAKE_CURRENT_LIST_DIR}/rules.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rules_structure.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rules_general.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rules_activeactive.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rules_activepassive.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rules_passivecold.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rules_singleregion.cpp
    ${CMAKE_CURRENT_LIST_DIR}/rulesdoc.h ${CMAKE_CURRENT_LIST_DIR}/rulesdoc.cpp
)
