resource a 'A.B/c@1' = {
  name: 'x'
  properties: {
    v: '''
multi
'''
  }
}
