# SPDX-FileCopyrightText: 2026 Continuity contributors
# SPDX-License-Identifier: MIT

# The estimators: monthly cost, recovery time, data loss and availability of a design, and the
# same design under each deployment model (spec/estimates.md, docs/estimates.md).
target_sources(continuity_model PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/estimate.h
    ${CMAKE_CURRENT_LIST_DIR}/estimator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/liveestimator.h ${CMAKE_CURRENT_LIST_DIR}/liveestimator.cpp
    ${CMAKE_CURRENT_LIST_DIR}/recovery.h ${CMAKE_CURRENT_LIST_DIR}/recovery.cpp
    ${CMAKE_CURRENT_LIST_DIR}/terms.h ${CMAKE_CURRENT_LIST_DIR}/terms.cpp
    ${CMAKE_CURRENT_LIST_DIR}/context.h
    ${CMAKE_CURRENT_LIST_DIR}/scenario.h ${CMAKE_CURRENT_LIST_DIR}/scenario.cpp
    ${CMAKE_CURRENT_LIST_DIR}/cost.h ${CMAKE_CURRENT_LIST_DIR}/cost.cpp
    ${CMAKE_CURRENT_LIST_DIR}/regionloss.h ${CMAKE_CURRENT_LIST_DIR}/regionloss.cpp
    ${CMAKE_CURRENT_LIST_DIR}/availability.h ${CMAKE_CURRENT_LIST_DIR}/availability.cpp
    ${CMAKE_CURRENT_LIST_DIR}/figures.h
)
