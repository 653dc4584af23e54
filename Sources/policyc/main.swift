print("policyc")
